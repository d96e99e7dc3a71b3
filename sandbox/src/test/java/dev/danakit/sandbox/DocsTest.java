package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.sandbox.keys.DanaKeyPair;
import dev.danakit.signing.keys.PemKeys;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Swagger UI, the raw specs and DANA's public key, as served. */
class DocsTest {

    private static RunningSandbox running;

    @BeforeAll
    static void start() {
        running = RunningSandbox.start();
    }

    @AfterAll
    static void stop() {
        running.close();
    }

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
    void swaggerUiIsServedOfflineWithOurInitializer() {
        HttpResponse<String> page = running.http.get("/docs/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("swagger-initializer.js"));
        assertTrue(page.body().contains("--relaxed-signatures"), "the page says how to try signed operations");
        String initializer = running.http.get("/docs/swagger-initializer.js").body();
        assertFalse(initializer.contains("petstore"), "the webjar's default initializer points at the internet");
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
