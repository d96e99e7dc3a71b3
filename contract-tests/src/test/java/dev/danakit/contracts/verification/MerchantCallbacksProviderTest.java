package dev.danakit.contracts.verification;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** DANA's callbacks (Finish Notify, Unbind Notify, ...) against the merchant's server stubs. */
@Provider("merchant-callbacks")
@PactFolder("target/pacts")
class MerchantCallbacksProviderTest extends CallbackProviderVerification {
}
