package dev.danakit.contracts.verification;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The sandbox as the provider of the merchant-to-DANA pacts of merchant-management.yaml. */
@Provider("dana-merchant-management")
@PactFolder("target/pacts")
@PactFilter(SandboxProviderVerification.PRODUCIBLE)
class SandboxMerchantManagementProviderTest extends SandboxProviderVerification {
}
