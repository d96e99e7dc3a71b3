package dev.danakit.sandbox;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox on 127.0.0.1 with a free port and a temporary config folder, plus one registered merchant. Either
 * started at once ({@link #start()}), or by JUnit around a test class:
 * {@code @RegisterExtension static final RunningSandbox running = RunningSandbox.perClass();}.
 */
final class RunningSandbox implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    private static final List<Duration> FAST_RETRIES = List.of(Duration.ofMillis(200), Duration.ofMillis(200),
            Duration.ofMillis(200));

    final TestMerchant merchant = TestMerchant.create();
    private final List<Duration> retrySchedule;
    private final String unbindNotifyUrl;
    Sandbox sandbox;
    SandboxHttp http;
    Path configDir;

    private RunningSandbox(List<Duration> retrySchedule, String unbindNotifyUrl) {
        this.retrySchedule = retrySchedule;
        this.unbindNotifyUrl = unbindNotifyUrl;
    }

    /** @return a sandbox JUnit starts before the test class and stops after it */
    static RunningSandbox perClass() {
        return new RunningSandbox(FAST_RETRIES, null);
    }

    static RunningSandbox start() {
        return start(FAST_RETRIES, null);
    }

    static RunningSandbox start(List<Duration> retrySchedule, String unbindNotifyUrl) {
        RunningSandbox running = new RunningSandbox(retrySchedule, unbindNotifyUrl);
        running.launch();
        return running;
    }

    private void launch() {
        try {
            configDir = Files.createTempDirectory("dana-sandbox-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sandbox = Sandbox.start(SandboxOptions.defaults(configDir).withPort(0).withNotifyRetrySchedule(retrySchedule));
        http = new SandboxHttp(sandbox.baseUri());
        registerMerchant(unbindNotifyUrl);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** @return DANA's public key as a merchant gets it: from the documented URL */
    String danaPublicKeyPem() {
        return http.get("/sandbox/dana-public-key.pem").body();
    }

    /**
     * @return a client of the registered test merchant (client secret {@code sandbox-secret}) pointed at this
     *     sandbox, trusting the key the sandbox serves
     */
    DanaClient client() {
        return DanaClient.create(DanaClientConfig.builder()
                .baseUrl(URI.create(sandbox.baseUri().toString()))
                .partnerId(TestMerchant.CLIENT_ID).clientSecret("sandbox-secret")
                .merchantPrivateKey(merchant.keys.getPrivate())
                .danaPublicKeyPem(danaPublicKeyPem())
                .build());
    }

    void registerMerchant(String unbindNotifyUrl) {
        registerMerchant(unbindNotifyUrl, null);
    }

    void registerMerchant(String unbindNotifyUrl, String finishNotifyUrl) {
        Map<String, String> registration = new java.util.HashMap<>();
        registration.put("clientId", TestMerchant.CLIENT_ID);
        registration.put("merchantId", TestMerchant.MERCHANT_ID);
        registration.put("publicKeyPem", merchant.publicKeyPem());
        if (unbindNotifyUrl != null) {
            registration.put("unbindNotifyUrl", unbindNotifyUrl);
        }
        if (finishNotifyUrl != null) {
            registration.put("finishNotifyUrl", finishNotifyUrl);
        }
        var response = http.postJson("/sandbox/merchants", registration);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("registration failed: " + response.body());
        }
    }

    /** @return a customer's authorization code for the test merchant, as DANA's binding page gives it */
    String authCode() {
        var response = http.postJson("/sandbox/customers", Map.of("clientId", TestMerchant.CLIENT_ID));
        return SandboxHttp.json(response).path("authCode").asText();
    }

    /** @return a live customer access token: an auth code exchanged with a signed Apply Token */
    String bindCustomer() {
        var response = http.post("/v1.0/access-token/b2b2c.htm", merchant.signer.accessTokenHeaders(TestMerchant.CLIENT_ID),
                SandboxHttp.utf8("{\"grantType\":\"AUTHORIZATION_CODE\",\"authCode\":\"" + authCode() + "\"}"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("apply token failed: " + response.body());
        }
        return SandboxHttp.json(response).path("accessToken").asText();
    }

    /** @return SNAP headers for a B2B call signed over {@code body} with a fresh X-EXTERNAL-ID */
    Map<String, String> snapHeaders(String path, byte[] body) {
        Map<String, String> headers = new java.util.HashMap<>(merchant.signer.snapHeaders("POST", path, body));
        headers.put("X-PARTNER-ID", TestMerchant.CLIENT_ID);
        headers.put("X-EXTERNAL-ID", java.util.UUID.randomUUID().toString());
        headers.put("CHANNEL-ID", "95221");
        return headers;
    }

    /** Signs and posts a SNAP B2B request. */
    java.net.http.HttpResponse<String> snapPost(String path, String body) {
        byte[] bytes = SandboxHttp.utf8(body);
        return http.post(path, snapHeaders(path, bytes), bytes);
    }

    @Override
    public void close() {
        sandbox.close();
    }
}
