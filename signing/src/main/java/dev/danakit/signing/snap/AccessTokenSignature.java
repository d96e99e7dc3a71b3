package dev.danakit.signing.snap;

import dev.danakit.signing.internal.Rsa;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * Signature of SNAP access-token requests (B2B access token, B2B2C apply token):
 * {@code base64(SHA256withRSA(clientId + "|" + X-TIMESTAMP))}, sent with {@code X-CLIENT-KEY: clientId}.
 */
public final class AccessTokenSignature {

    private AccessTokenSignature() {
    }

    /**
     * @param clientId the client id ({@code X-CLIENT-KEY})
     * @param timestamp the {@code X-TIMESTAMP}
     * @return {@code clientId|timestamp}
     */
    public static String stringToSign(String clientId, String timestamp) {
        return SnapStrings.requireText(clientId, "client id") + '|' + SnapStrings.requireText(timestamp, "timestamp");
    }

    /**
     * @param key the client's RSA private key
     * @param clientId the client id
     * @param timestamp the {@code X-TIMESTAMP}
     * @return base64 SHA256withRSA signature
     */
    public static String sign(PrivateKey key, String clientId, String timestamp) {
        return Rsa.signBase64(key, stringToSign(clientId, timestamp).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param key the client's RSA public key
     * @param clientId received {@code X-CLIENT-KEY}
     * @param timestamp received {@code X-TIMESTAMP}
     * @param base64Signature received {@code X-SIGNATURE}
     * @return whether it matches
     * @throws dev.danakit.signing.SignatureVerificationException MALFORMED_SIGNATURE if not base64
     */
    public static boolean verify(PublicKey key, String clientId, String timestamp, String base64Signature) {
        return Rsa.verifyBase64(key, stringToSign(clientId, timestamp).getBytes(StandardCharsets.UTF_8), base64Signature,
                SnapHeaders.X_SIGNATURE);
    }
}
