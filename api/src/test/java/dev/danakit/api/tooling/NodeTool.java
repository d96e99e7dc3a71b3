package dev.danakit.api.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the npm tools the build pins in the repository's {@code package-lock.json} (installed into
 * {@code node_modules/} by {@code tools/node/ensure-installed.mjs} before the tests), with the machine's node,
 * telemetry and update checks off. Shared by the spec lint (api) and the pact checks (contract-tests).
 */
public final class NodeTool {

    private static final long TIMEOUT_MINUTES = 5;

    /** The outcome of one run. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private NodeTool() {
    }

    /** @return the repository root (system property {@code dana.root.dir}, set by the build) */
    public static Path root() {
        return Path.of(System.getProperty("dana.root.dir", "..")).toAbsolutePath().normalize();
    }

    /**
     * @param bin a command of {@code node_modules/.bin} (e.g. {@code spectral}) or a script path relative to the root
     * @param args its arguments
     * @return exit code and output; the caller decides what a non-zero exit means
     */
    public static Result run(String bin, List<String> args) {
        Path root = root();
        Path command = bin.endsWith(".mjs") ? root.resolve(bin) : root.resolve("node_modules/.bin").resolve(bin);
        if (!Files.exists(command)) {
            throw new IllegalStateException(command + " is missing: node_modules/ is installed by the build "
                    + "(exec-maven-plugin, execution npm-tools, phase generate-test-resources); run mvn from the "
                    + "repository root, or `node tools/node/ensure-installed.mjs` by hand");
        }
        List<String> line = new ArrayList<>();
        line.add("node");
        line.add(command.toString());
        line.addAll(args);
        try {
            Path out = Files.createTempFile("node-tool", ".out");
            Path err = Files.createTempFile("node-tool", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(line).directory(root.toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
                builder.environment().put("REDOCLY_TELEMETRY", "off");
                builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
                builder.environment().put("NO_COLOR", "1");
                builder.environment().put("FORCE_COLOR", "0");
                Process process = builder.start();
                if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", line) + " did not finish in " + TIMEOUT_MINUTES + " min");
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
