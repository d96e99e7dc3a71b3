package dev.danakit.signing.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/**
 * <b>For tests only.</b> Throwaway RSA key pairs made in memory, for the tests of every module and for offline twins
 * that play DANA: no key material lives in the repository, and none of these keys signs real traffic.
 */
public final class TestKeyPairs {

    private TestKeyPairs() {
    }

    /** @return a new RSA-2048 key pair, the size DANA uses */
    public static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available", e);
        }
    }
}
