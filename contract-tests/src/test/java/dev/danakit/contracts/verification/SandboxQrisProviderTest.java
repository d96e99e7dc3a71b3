package dev.danakit.contracts.verification;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFilter;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/**
 * The sandbox as the provider of the merchant-to-DANA pacts of qris.yaml (QRIS MPM Generate, CPM Payment): the
 * CPM example's payment code is one of the sandbox's standing customer codes, so its success is producible.
 */
@Provider("dana-qris")
@PactFolder("target/pacts")
@PactFilter(SandboxProviderVerification.PRODUCIBLE)
class SandboxQrisProviderTest extends SandboxProviderVerification {
}
