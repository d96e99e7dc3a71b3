/**
 * Receiving DANA's and NICEPAY's callbacks: {@link dev.danakit.callbacks.DanaCallbacks} registers everything
 * on a Jersey application; the merchant implements the generated interfaces in
 * {@code dev.danakit.server.*.api}. Subpackages: {@code http} (verification filter, ObjectMapper, response
 * signing, exception mapping), {@code error} (DANA's answer formats), {@code ledger} (which notifications
 * were processed), {@code delivery} (exactly-once wrappers around the merchant's handlers).
 */
package dev.danakit.callbacks;
