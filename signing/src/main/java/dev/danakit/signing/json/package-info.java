/**
 * Byte-exact JSON helpers: whitespace removal for SNAP body hashes, without parsing or re-serializing.
 */
package dev.danakit.signing.json;
