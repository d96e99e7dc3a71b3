package dev.danakit.contracts.verification;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** NICEPAY's token-deactivated notification against the merchant's server stubs. */
@Provider("merchant-nicepay-callbacks")
@PactFolder("target/pacts")
class MerchantNicepayCallbacksProviderTest extends CallbackProviderVerification {
}
