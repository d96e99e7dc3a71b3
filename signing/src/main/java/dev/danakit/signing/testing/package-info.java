/**
 * Helpers for tests only: forge correctly (and incorrectly) signed DANA traffic with test-only keys.
 */
package dev.danakit.signing.testing;
