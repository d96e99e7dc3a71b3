/**
 * DANA Open API (non-SNAP) envelopes: byte-exact extraction, signing, composition and verification.
 */
package dev.danakit.signing.openapi;
