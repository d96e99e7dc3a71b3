package dev.danakit.callbacks.support;

import dev.danakit.signing.testing.TestKeyPairs;
import java.security.KeyPair;

/**
 * Test-only RSA key pairs, generated once per test JVM: DANA's (signs callbacks), the merchant's (signs
 * answers) and an attacker's (forges callbacks).
 */
public final class TestKeys {

    /** Plays DANA. */
    public static final KeyPair DANA = TestKeyPairs.rsa2048();
    /** Plays the merchant. */
    public static final KeyPair MERCHANT = TestKeyPairs.rsa2048();
    /** Plays someone who does not hold DANA's key. */
    public static final KeyPair ATTACKER = TestKeyPairs.rsa2048();

    private TestKeys() {
    }
}
