package dev.danakit.callbacks.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;

/**
 * Test-only RSA key pairs, generated once per test JVM: DANA's (signs callbacks), the merchant's (signs
 * answers) and an attacker's (forges callbacks).
 */
public final class TestKeys {

    /** Plays DANA. */
    public static final KeyPair DANA = generate();
    /** Plays the merchant. */
    public static final KeyPair MERCHANT = generate();
    /** Plays someone who does not hold DANA's key. */
    public static final KeyPair ATTACKER = generate();

    private TestKeys() {
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
