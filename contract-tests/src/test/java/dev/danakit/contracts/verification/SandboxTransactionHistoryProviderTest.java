package dev.danakit.contracts.verification;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The sandbox as the provider of the merchant-to-DANA pacts of transaction-history.yaml. */
@Provider("dana-transaction-history")
@PactFolder("target/pacts")
@PactFilter(SandboxProviderVerification.PRODUCIBLE)
class SandboxTransactionHistoryProviderTest extends SandboxProviderVerification {
}
