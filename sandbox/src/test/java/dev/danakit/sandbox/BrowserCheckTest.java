package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens {@code /docs} in headless Chromium, as a person would, and checks that every spec is in the dropdown
 * and every operation of every spec is rendered. Fails (never skips) when Chromium is missing:
 * {@code .ci/chromium-install.sh} installs it. Screenshot: {@code target/browser-check/docs.png}.
 */
class BrowserCheckTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));
    private static final Path OUT = Path.of("target", "browser-check");

    private static RunningSandbox running;

    @BeforeAll
    static void start() throws IOException {
        assertTrue(Files.isExecutable(CHROMIUM),
                CHROMIUM + " is missing: run .ci/chromium-install.sh (or set -Dchromium.path)");
        Files.createDirectories(OUT);
        running = RunningSandbox.start();
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void everySpecAndEveryOperationIsListedInSwaggerUi() throws Exception {
        for (String spec : running.sandbox.specs()) {
            String name = spec.substring(0, spec.length() - ".yaml".length());
            String dom = chromium("--dump-dom", docsUrl(name));
            for (String other : running.sandbox.specs()) {
                assertTrue(dom.contains("<option value=\"/openapi/" + other + "\">"), other + " in the dropdown");
            }
            List<String> operations = operationAnchors(spec);
            assertTrue(!operations.isEmpty(), spec + " has operations");
            for (String anchor : operations) {
                assertTrue(dom.contains("id=\"" + anchor + "\""), anchor + " rendered for " + spec);
            }
        }
    }

    @Test
    void aScreenshotOfTheDocsIsKept() throws Exception {
        Path png = OUT.resolve("docs.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=1280,1600", docsUrl("widget"));
        assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);
    }

    private static String docsUrl(String specName) {
        return running.sandbox.baseUri() + "/docs/?urls.primaryName=" + specName;
    }

    /** Swagger UI's deep-link anchors, {@code operations-<tag>-<operationId>}, of every operation. */
    private static List<String> operationAnchors(String spec) throws IOException {
        List<String> anchors = new ArrayList<>();
        try (InputStream in = BrowserCheckTest.class.getClassLoader().getResourceAsStream("openapi/" + spec)) {
            JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(in).path("paths");
            paths.forEach(path -> path.forEach(operation -> {
                if (operation.has("operationId")) {
                    anchors.add("operations-" + operation.path("tags").path(0).asText("default") + "-"
                            + operation.get("operationId").asText());
                }
            }));
        }
        return anchors;
    }

    private static String chromium(String... args) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        try {
            List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                    "--virtual-time-budget=10000"));
            command.addAll(List.of(args));
            Path stdout = Files.createTempFile("chromium", ".out");
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish within 90 s");
            }
            assertEquals(0, process.exitValue(), "chromium exit code");
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            Files.delete(stdout);
            return out;
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
