/**
 * Receiving DANA's and NICEPAY's callbacks: {@link dev.danakit.callbacks.DanaCallbacks} registers everything
 * on a Jersey application; the merchant implements the generated interfaces in
 * {@code dev.danakit.server.*.api}. Subpackages: {@code http} (verification filter, ObjectMapper, response
 * signing, exception mapping), {@code ledger} (which notifications were processed), {@code delivery}
 * (exactly-once wrappers around the merchant's handlers). DANA's answer formats, the operation table and the
 * classification of refusals are dana-protocol's, shared with the sandbox.
 */
package dev.danakit.callbacks;
