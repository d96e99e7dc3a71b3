package dev.danakit.examples.consumer;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** NICEPAY's token-deactivated notification, from the pact of provider merchant-nicepay-callbacks. */
@Provider("merchant-nicepay-callbacks")
@PactFolder("target/pacts")
class MerchantNicepayCallbacksPactTest extends CallbacksPactVerification {
}
