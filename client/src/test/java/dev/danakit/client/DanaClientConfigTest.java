package dev.danakit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DanaClientConfigTest {

    private static final KeyPair KEYS = Fixtures.rsa();

    @Test
    void defaultsFollowDanasDocumentation() {
        DanaClientConfig config = DanaClientConfig.builder().partnerId("p").merchantPrivateKey(KEYS.getPrivate())
                .verifyResponseSignatures(false).build();
        assertEquals(Duration.ofSeconds(8), config.readTimeout());
        assertEquals("95221", config.channelId());
        assertEquals(URI.create("https://api.sandbox.dana.id"), config.danaBaseUrl());
        assertEquals(3, config.retryPolicy().maxAttempts());
        assertTrue(config.externalIds().get().length() <= 36);
    }

    @Test
    void missingOrInvalidSettingsFailFast() {
        assertThrows(IllegalStateException.class, () -> DanaClientConfig.builder()
                .merchantPrivateKey(KEYS.getPrivate()).verifyResponseSignatures(false).build());
        IllegalStateException noDanaKey = assertThrows(IllegalStateException.class, () -> DanaClientConfig.builder()
                .partnerId("p").merchantPrivateKey(KEYS.getPrivate()).build());
        assertTrue(noDanaKey.getMessage().contains("danaPublicKey"));
        assertThrows(IllegalStateException.class, () -> DanaClientConfig.builder().partnerId("p")
                .merchantPrivateKey(KEYS.getPrivate()).verifyResponseSignatures(false).channelId("123456").build());
    }

    @Test
    void fromEnvironmentReadsAGivenMapAndToStringHidesSecrets() {
        String pem = "-----BEGIN PRIVATE KEY-----\\n"
                + Base64.getEncoder().encodeToString(KEYS.getPrivate().getEncoded()) + "\\n-----END PRIVATE KEY-----";
        DanaClientConfig config = DanaClientConfig.fromEnvironment(Map.of("DANA_ENV", "production",
                "DANA_PARTNER_ID", "partner-9", "DANA_CLIENT_SECRET", "super-secret-value",
                "DANA_PRIVATE_KEY", pem)).verifyResponseSignatures(false).build();
        assertEquals(URI.create("https://api.saas.dana.id"), config.danaBaseUrl());
        assertEquals("partner-9", config.partnerId());
        assertEquals(KEYS.getPrivate(), config.merchantPrivateKey());
        assertFalse(config.toString().contains("super-secret-value"));
        assertEquals(URI.create("http://127.0.0.1:9"), DanaClientConfig.fromEnvironment(Map.of("DANA_ENV",
                "http://127.0.0.1:9")).partnerId("p").merchantPrivateKey(KEYS.getPrivate())
                .verifyResponseSignatures(false).build().danaBaseUrl());
    }
}
