package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as a newcomer starts it: a clean start prints the banner and nothing else (no library
 * warning, no INFO line, not even after the first requests), the banner's last line is a command that performs
 * a signed call, and SIGTERM stops it cleanly. Runs after {@code package} (failsafe), on the jar itself.
 */
class SandboxJarIT {

    private static final Path JAR = Path.of("target", "dana-sandbox.jar");

    @Test
    void aCleanStartPrintsTheBannerAndNothingElseAndItsLastLineIsASignedCall() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by package");
        Path config = Files.createTempDirectory("dana-sandbox-jar");
        Process sandbox = new ProcessBuilder(java(), "-jar", JAR.toString(), "--port", "0",
                "--config-dir", config.toString()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(sandbox.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("<read failed: " + e + ">");
            }
        });
        reader.start();
        List<String> log = new ArrayList<>();
        try {
            String line;
            do {
                line = lines.poll(120, TimeUnit.SECONDS);
                assertTrue(line != null, "the banner within 120 s; so far: " + log);
                log.add(line);
            } while (!line.contains(" demo-call --url "));
            List<String> banner = List.copyOf(log);
            String command = banner.get(banner.size() - 1).trim();

            Process call = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
            String callOutput = new String(call.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(call.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, call.exitValue(), callOutput);
            assertTrue(callOutput.contains("\"responseCode\":\"2004900\""), callOutput);

            sandbox.toHandle().destroy(); // SIGTERM (Process.destroy() would also close our end of its output)
            assertTrue(sandbox.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
            reader.join(10_000);
            lines.drainTo(log);

            assertTrue(banner.get(0).startsWith("DANA sandbox listening on http://127.0.0.1:"), banner.get(0));
            for (String bannerLine : banner.subList(1, banner.size() - 2)) {
                assertTrue(bannerLine.startsWith("  "), "a banner line, not a log line: " + bannerLine);
            }
            assertTrue(banner.get(banner.size() - 2).startsWith("Stop with Ctrl+C"), banner.toString());
            assertTrue(command.startsWith("java -jar ") && command.endsWith(" demo-call --url "
                    + banner.get(0).substring("DANA sandbox listening on ".length())), command);
            List<String> expected = new ArrayList<>(banner);
            expected.add("DANA sandbox stopped");
            assertEquals(expected, log, "after the first calls and at the stop: nothing but the banner");
        } finally {
            sandbox.destroyForcibly();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
