package dev.danakit.signing.internal;

import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import java.util.Objects;

/**
 * SHA256withRSA (PKCS#1 v1.5) and base64 plumbing shared by the signing schemes. Not API: the package
 * {@code dev.danakit.signing.internal} may change without notice.
 */
public final class Rsa {

    private static final String ALGORITHM = "SHA256withRSA";

    private Rsa() {
    }

    /**
     * Signs bytes and returns standard base64.
     *
     * @param key an RSA private key
     * @param data the exact bytes to sign
     * @return base64 of the PKCS#1 v1.5 signature
     */
    public static String signBase64(PrivateKey key, byte[] data) {
        Objects.requireNonNull(key, "key");
        try {
            // A fresh Signature per call: instances are not thread-safe and caching them globally is banned.
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(key);
            s.update(data);
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("key is not an RSA private key usable for " + ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is unavailable in this JVM");
        }
    }

    /**
     * Verifies a base64 signature.
     *
     * @param key an RSA public key
     * @param data the exact bytes that were signed
     * @param base64Signature the received signature
     * @param subject header or field name used in the exception message
     * @return whether the signature matches
     * @throws SignatureVerificationException {@link Reason#MALFORMED_SIGNATURE} if not base64
     */
    public static boolean verifyBase64(PublicKey key, byte[] data, String base64Signature, String subject) {
        Objects.requireNonNull(key, "key");
        byte[] sig = decodeBase64(base64Signature, subject);
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(sig);
        } catch (SignatureException e) {
            // Wrong length or encoding of a well-formed base64 value: simply not a valid signature.
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("key is not an RSA public key usable for " + ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is unavailable in this JVM");
        }
    }

    /**
     * Strict standard-base64 decoding that maps failures to {@link Reason#MALFORMED_SIGNATURE}.
     *
     * @param value the received value
     * @param subject header or field name for the message
     * @return the decoded bytes
     */
    public static byte[] decodeBase64(String value, String subject) {
        if (value == null || value.isEmpty()) {
            throw new SignatureVerificationException(Reason.MALFORMED_SIGNATURE, subject);
        }
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            // The JDK message names the offending character; dropped on purpose.
            throw new SignatureVerificationException(Reason.MALFORMED_SIGNATURE, subject);
        }
    }
}
