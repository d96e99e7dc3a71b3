package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.sandbox.keys.DanaKeyPair;
import dev.danakit.signing.keys.PemKeys;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Swagger UI, the raw specs and DANA's public key, as served. */
class DocsTest {

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @Test
    void everySpecOfTheApiModuleIsListedAndServed() {
        List<String> specs = running.sandbox.specs();
        assertTrue(specs.containsAll(List.of("widget.yaml", "merchant-management.yaml", "merchant-callbacks.yaml",
                "nicepay-payloan.yaml")), specs.toString());
        String initializer = running.http.get("/docs/swagger-initializer.js").body();
        for (String spec : specs) {
            assertTrue(initializer.contains("\"/openapi/" + spec + "\""), spec);
            HttpResponse<String> yaml = running.http.get("/openapi/" + spec);
            assertEquals(200, yaml.statusCode(), spec);
            assertTrue(yaml.body().startsWith("openapi: 3.0.3"), spec);
        }
        assertEquals(200, running.http.get("/openapi/components/snap.yaml").statusCode());
    }

    @Test
    void specsTheSandboxAnswersNameItAsTheirFirstServerAndAreOtherwiseThePublishedFiles() throws Exception {
        String base = running.sandbox.baseUri().toString();
        for (String spec : List.of("widget.yaml", "payment-gateway.yaml", "merchant-management.yaml")) {
            String served = running.http.get("/openapi/" + spec).body();
            String published = published(spec);
            String entry = "  - url: " + base + "\n    description: This DANA sandbox (Try it out is signed for the demo merchant)\n";
            assertTrue(served.contains("servers:\n" + entry + "  - url: https://api.sandbox.dana.id"), served);
            assertEquals(published, served.replace(entry, ""), spec + ": nothing else changed");
        }
        // the merchant's own endpoints are not the sandbox's: that spec stays as published
        assertEquals(published("merchant-callbacks.yaml"), running.http.get("/openapi/merchant-callbacks.yaml").body());
    }

    private static String published(String spec) throws java.io.IOException {
        try (var in = DocsTest.class.getClassLoader().getResourceAsStream("openapi/" + spec)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void swaggerUiIsServedOfflineWithOurInitializer() {
        HttpResponse<String> page = running.http.get("/docs/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("swagger-initializer.js"));
        assertTrue(page.body().contains("data-demo=\"privateKeyPem\""), "the page shows the demo merchant's credentials");
        assertTrue(page.body().contains("POST /sandbox/merchants"), "and how to register one's own");
        String initializer = running.http.get("/docs/swagger-initializer.js").body();
        assertFalse(initializer.contains("petstore"), "the webjar's default initializer points at the internet");
        assertTrue(initializer.contains("requestInterceptor: signForTheDemoMerchant"), initializer);
        assertEquals(200, running.http.get("/docs/swagger-ui-bundle.js").statusCode());
        assertEquals(302, running.http.get("/docs").statusCode());
        assertEquals(404, running.http.get("/docs/no-such-file.js").statusCode());
    }

    @Test
    void danaPublicKeyIsServedAndKeptInTheConfigFolder() throws Exception {
        String served = running.http.get("/sandbox/dana-public-key.pem").body();
        assertEquals(Files.readString(running.configDir.resolve(DanaKeyPair.PUBLIC_FILE)), served);
        assertEquals(running.sandbox.danaKeys().publicKey(), PemKeys.publicKey(served));
    }

    @Test
    void theKeyPairSurvivesARestart() {
        Sandbox again = Sandbox.start(SandboxOptions.defaults(running.configDir).withPort(0));
        try {
            assertEquals(running.sandbox.danaKeys().publicKey(), again.danaKeys().publicKey());
        } finally {
            again.close();
        }
    }
}
