package dev.danakit.examples.consumer;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** DANA's callbacks (Finish Notify, Unbind Notify), from every pact of provider merchant-callbacks. */
@Provider("merchant-callbacks")
@PactFolder("target/pacts")
class MerchantCallbacksPactTest extends CallbacksPactVerification {
}
