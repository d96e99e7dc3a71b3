/**
 * Loading RSA keys from PEM, base64 and DER, with errors that never echo key material.
 */
package dev.danakit.signing.keys;
