package dev.danakit.sandbox;

import dev.danakit.sandbox.keys.DanaKeyPair;
import dev.danakit.signing.testing.TestKeyPairs;
import dev.danakit.signing.testing.TestSigner;
import java.security.KeyPair;
import java.time.Clock;

/** A merchant made up for a test: a fresh key pair and a client id. */
final class TestMerchant {

    static final String CLIENT_ID = "2024051300000000001";
    static final String MERCHANT_ID = "216620000012345678901";

    final KeyPair keys;
    final TestSigner signer;

    private TestMerchant(KeyPair keys) {
        this.keys = keys;
        this.signer = new TestSigner(keys.getPrivate(), Clock.systemUTC());
    }

    static TestMerchant create() {
        return new TestMerchant(TestKeyPairs.rsa2048());
    }

    String publicKeyPem() {
        return DanaKeyPair.pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }
}
