/**
 * SNAP (Bank Indonesia Open API standard) signatures as DANA uses them: asymmetric request signatures,
 * symmetric HMAC signatures, access-token signatures, timestamps, and a one-call verifier.
 */
package dev.danakit.signing.snap;
