package dev.danakit.examples.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.auth.model.B2bTokenRequest;
import dev.danakit.client.auth.model.B2bTokenResponse;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.sandbox.Sandbox;
import dev.danakit.sandbox.SandboxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A merchant's first call, from the published artifacts only: the sandbox started in-process from
 * {@code dana-sandbox} on a free loopback port, a merchant registered as the README says, and a signed call with
 * {@code DanaClient} whose answer is DANA's success code.
 */
class SandboxCallTest {

    private static final String CLIENT_ID = "2024120100000000077"; // not the built-in demo merchant's id

    private Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void start() throws Exception {
        Path configDir = Files.createTempDirectory("dana-sandbox");
        sandbox = Sandbox.start(SandboxOptions.defaults(configDir).withPort(0));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aRegisteredMerchantGetsAB2bTokenThroughDanaClient() throws Exception {
        KeyPair merchantKeys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        String publicPem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(merchantKeys.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        String registration = "{\"clientId\":\"" + CLIENT_ID + "\",\"publicKeyPem\":\""
                + publicPem.replace("\r", "").replace("\n", "\\n") + "\"}";
        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/sandbox/merchants"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(registration)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, registered.statusCode(), registered.body());
        String danaPublicPem = http.send(HttpRequest.newBuilder(sandbox.baseUri().resolve("/sandbox/dana-public-key.pem")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        try (DanaClient dana = DanaClient.create(DanaClientConfig.builder()
                .baseUrl(URI.create(sandbox.baseUri().toString()))
                .partnerId(CLIENT_ID)
                .merchantPrivateKey(merchantKeys.getPrivate())
                .danaPublicKeyPem(danaPublicPem)
                .build())) {
            Outcome<B2bTokenResponse> token = dana.auth().call(api ->
                    api.applyB2bToken(new B2bTokenRequest().grantType("client_credentials")));

            assertTrue(token.isSuccess(), token.toString());
            assertEquals("2007300", token.code().code());
            assertTrue(sandbox.baseUri().getHost().equals("127.0.0.1"), "the sandbox binds loopback only");
        }
    }
}
