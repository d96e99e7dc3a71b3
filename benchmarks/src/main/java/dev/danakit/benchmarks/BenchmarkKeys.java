package dev.danakit.benchmarks;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;

/** Key material made at setup: no key ships with the benchmarks. */
final class BenchmarkKeys {

    private BenchmarkKeys() {
    }

    /**
     * @return a fresh RSA-2048 key pair, the size DANA's keys have
     * @throws GeneralSecurityException if the JVM has no RSA
     */
    static KeyPair rsa2048() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
