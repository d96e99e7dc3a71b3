package dev.danakit.contracts.verification;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The sandbox as the provider of the merchant-to-NICEPAY pacts of nicepay-payloan.yaml (remove-token). */
@Provider("nicepay-payloan")
@PactFolder("target/pacts")
@PactFilter(SandboxProviderVerification.NICEPAY_PRODUCIBLE)
class SandboxNicepayPayloanProviderTest extends SandboxProviderVerification {
}
