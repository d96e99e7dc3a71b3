package dev.danakit.signing.snap;

import dev.danakit.signing.internal.Rsa;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * SNAP asymmetric signature, used on every B2B/B2B2C call and on DANA's signed notifications:
 * {@code base64(SHA256withRSA(METHOD:PATH:hex(sha256(minified body)):X-TIMESTAMP))}.
 *
 * <p>The body hash is taken over the received bytes with insignificant whitespace removed, never over a
 * parsed and re-serialised copy (that would reorder keys and rewrite escapes).
 */
public final class SnapAsymmetric {

    private SnapAsymmetric() {
    }

    /**
     * Builds the string to sign.
     *
     * @param method HTTP method, upper-cased
     * @param relativePath path with leading '/'; a scheme/host or query string, if present, is removed
     * @param body the exact body bytes; {@code null} or empty for no body
     * @param timestamp the {@code X-TIMESTAMP} value, used verbatim
     * @return {@code METHOD:PATH:lowercase-hex(SHA-256(minified body)):timestamp}
     */
    public static String stringToSign(String method, String relativePath, byte[] body, String timestamp) {
        return new String(SnapStrings.stringToSign(method, relativePath, null, body, timestamp), StandardCharsets.UTF_8);
    }

    /**
     * Computes {@code X-SIGNATURE}.
     *
     * @param key the signer's RSA private key
     * @param method HTTP method
     * @param relativePath relative path
     * @param body exact body bytes to be sent
     * @param timestamp the {@code X-TIMESTAMP} that will be sent
     * @return base64 SHA256withRSA signature
     */
    public static String sign(PrivateKey key, String method, String relativePath, byte[] body, String timestamp) {
        return Rsa.signBase64(key, SnapStrings.stringToSign(method, relativePath, null, body, timestamp));
    }

    /**
     * Checks an {@code X-SIGNATURE}. Does not look at the timestamp's age; see {@link SnapVerifier}.
     *
     * @param key the sender's RSA public key
     * @param method HTTP method
     * @param relativePath relative path
     * @param body exact received body bytes
     * @param timestamp received {@code X-TIMESTAMP}
     * @param base64Signature received {@code X-SIGNATURE}
     * @return whether it matches
     * @throws dev.danakit.signing.SignatureVerificationException MALFORMED_SIGNATURE if not base64
     */
    public static boolean verify(PublicKey key, String method, String relativePath, byte[] body, String timestamp,
            String base64Signature) {
        return Rsa.verifyBase64(key, SnapStrings.stringToSign(method, relativePath, null, body, timestamp),
                base64Signature, SnapHeaders.X_SIGNATURE);
    }
}
