/**
 * NICEPAY merchant-token hashes (Payloan account-binding deactivation).
 */
package dev.danakit.signing.nicepay;
