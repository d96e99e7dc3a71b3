package dev.danakit.signing.snap;

import dev.danakit.signing.internal.Rsa;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SNAP symmetric signature, used with a B2B access token:
 * {@code base64(HMAC-SHA512(clientSecret, METHOD:PATH:accessToken:hex(sha256(minified body)):X-TIMESTAMP))}.
 */
public final class SnapSymmetric {

    private static final String HMAC = "HmacSHA512";

    private SnapSymmetric() {
    }

    /**
     * Builds the string to sign.
     *
     * @param method HTTP method
     * @param relativePath relative path (query stripped)
     * @param accessToken the B2B access token, without {@code Bearer }
     * @param body exact body bytes
     * @param timestamp the {@code X-TIMESTAMP}
     * @return {@code METHOD:PATH:accessToken:lowercase-hex(SHA-256(minified body)):timestamp}
     */
    public static String stringToSign(String method, String relativePath, String accessToken, byte[] body,
            String timestamp) {
        return new String(stringToSignBytes(method, relativePath, accessToken, body, timestamp), StandardCharsets.UTF_8);
    }

    private static byte[] stringToSignBytes(String method, String relativePath, String accessToken, byte[] body,
            String timestamp) {
        return SnapStrings.stringToSign(method, relativePath, SnapStrings.requireText(accessToken, "access token"), body,
                timestamp);
    }

    /**
     * Computes the HMAC signature.
     *
     * @param clientSecret the shared client secret
     * @param method HTTP method
     * @param relativePath relative path
     * @param accessToken B2B access token
     * @param body exact body bytes
     * @param timestamp {@code X-TIMESTAMP}
     * @return base64 HMAC-SHA512
     */
    public static String sign(String clientSecret, String method, String relativePath, String accessToken, byte[] body,
            String timestamp) {
        return Base64.getEncoder().encodeToString(
                hmac(clientSecret, stringToSignBytes(method, relativePath, accessToken, body, timestamp)));
    }

    /**
     * Checks a received HMAC signature in constant time.
     *
     * @param clientSecret the shared client secret
     * @param method HTTP method
     * @param relativePath relative path
     * @param accessToken B2B access token
     * @param body exact received body bytes
     * @param timestamp received {@code X-TIMESTAMP}
     * @param base64Signature received {@code X-SIGNATURE}
     * @return whether it matches
     * @throws dev.danakit.signing.SignatureVerificationException MALFORMED_SIGNATURE if not base64
     */
    public static boolean verify(String clientSecret, String method, String relativePath, String accessToken,
            byte[] body, String timestamp, String base64Signature) {
        byte[] received = Rsa.decodeBase64(base64Signature, SnapHeaders.X_SIGNATURE);
        byte[] expected = hmac(clientSecret, stringToSignBytes(method, relativePath, accessToken, body, timestamp));
        // isEqual does not stop at the first differing byte, so timing reveals nothing about the HMAC.
        return MessageDigest.isEqual(expected, received);
    }

    private static byte[] hmac(String clientSecret, byte[] data) {
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("client secret is required");
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is unavailable in this JVM");
        }
    }
}
