package dev.danakit.contracts.consumer;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/** Throwaway RSA-2048 keys, made per test class: no key material lives in the repository. */
public final class TestKeys {

    private TestKeys() {
    }

    /** @return a new RSA-2048 key pair */
    public static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
