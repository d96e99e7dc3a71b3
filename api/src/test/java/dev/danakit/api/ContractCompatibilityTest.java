package dev.danakit.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The breaking-change gate: every spec against the released contract in {@code api/baseline/} (openapi-diff).
 * An incompatible change fails the build until api/CHANGELOG.md records it under the next version; the failure
 * message carries openapi-diff's report. The fixtures break a copy of the baseline on purpose.
 */
class ContractCompatibilityTest {

    private static final Path BASELINE = Path.of("baseline");
    private static final Path CHANGELOG = Path.of("CHANGELOG.md");

    static Stream<String> releasedSpecs() throws IOException {
        try (Stream<Path> files = Files.list(BASELINE)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("releasedSpecs")
    void everyIncompatibleChangeSinceTheReleaseIsRecorded(String spec) throws IOException {
        Path current = Specs.DIR.resolve(spec);
        assertTrue(Files.exists(current), spec + " was removed: record it in api/CHANGELOG.md under ### Breaking");
        CompatibilityGate.Verdict verdict = CompatibilityGate.check(BASELINE.resolve(spec), current, Files.readString(CHANGELOG));
        assertEquals(List.of(), verdict.unrecorded(), verdict::failureMessage);
    }

    @Test
    void aNarrowedMaxLengthFailsTheBuildWithTheReport(@TempDir Path specs) throws IOException {
        Path widget = copyOfBaseline(specs, "widget.yaml");
        // Apply OTT's accessToken: maxLength 512 becomes 256 (the first accessToken block of the request)
        replaceOnce(widget, "additionalInfo.accessToken", "        accessToken:\n", "maxLength: 512", "maxLength: 256");

        CompatibilityGate.Verdict verdict = CompatibilityGate.check(BASELINE.resolve("widget.yaml"), widget, changelog(""));

        assertTrue(verdict.incompatible());
        assertEquals(List.of("`widget.yaml`", "`applyOtt`"), verdict.unrecorded());
        assertTrue(verdict.failureMessage().contains("openapi-diff's report:\n\n"), verdict::failureMessage);
        assertTrue(verdict.report().contains("/rest/v1.1/qr/apply-ott"), verdict::report);
    }

    @Test
    void aRemovedResponseFieldFailsTheBuildWithTheReport(@TempDir Path specs) throws IOException {
        Path auth = copyOfBaseline(specs, "auth.yaml");
        // B2bTokenResponse loses its required responseMessage, which every caller reads
        String yaml = Files.readString(auth);
        String removed = yaml.replace("""
                        - responseCode
                        - responseMessage
                      properties:
                        responseCode:
                          $ref: './components/snap.yaml#/components/schemas/ResponseCode'
                        responseMessage:
                          $ref: './components/snap.yaml#/components/schemas/ResponseMessage'
                        accessToken:
                """, """
                        - responseCode
                      properties:
                        responseCode:
                          $ref: './components/snap.yaml#/components/schemas/ResponseCode'
                        accessToken:
                """);
        assertTrue(removed.length() < yaml.length(), "the fixture edit must remove the field");
        Files.writeString(auth, removed);

        CompatibilityGate.Verdict verdict = CompatibilityGate.check(BASELINE.resolve("auth.yaml"), auth, changelog(""));

        assertTrue(verdict.incompatible(), verdict::report);
        assertEquals(List.of("`auth.yaml`", "`applyB2bToken`"), verdict.unrecorded());
        assertTrue(verdict.report().contains("responseMessage"), verdict::report);
    }

    @Test
    void aBreakingChangeRecordedUnderTheNextVersionPasses(@TempDir Path specs) throws IOException {
        Path widget = copyOfBaseline(specs, "widget.yaml");
        replaceOnce(widget, "additionalInfo.accessToken", "        accessToken:\n", "maxLength: 512", "maxLength: 256");
        String recorded = changelog("- `widget.yaml` `applyOtt`: additionalInfo.accessToken is at most 256 characters.\n");
        String recordedUnderTheRelease = recorded.replace("## [Unreleased]\n\n### Breaking\n", "## [Unreleased]\n")
                .replace("## [0.1.0]\n", "## [0.1.0]\n\n### Breaking\n- `widget.yaml` `applyOtt`\n");

        assertEquals(List.of(), CompatibilityGate.check(BASELINE.resolve("widget.yaml"), widget, recorded).unrecorded());
        assertFalse(CompatibilityGate.check(BASELINE.resolve("widget.yaml"), widget, recordedUnderTheRelease).unrecorded().isEmpty(),
                "an entry under an already released version does not count");
    }

    private static String changelog(String breaking) {
        return "# Changelog\n\n## [Unreleased]\n\n### Breaking\n" + breaking + "\n## [0.1.0]\n\nThe first release.\n";
    }

    private static Path copyOfBaseline(Path dir, String spec) throws IOException {
        Files.createDirectories(dir.resolve("components"));
        try (Stream<Path> files = Files.walk(BASELINE)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, dir.resolve(BASELINE.relativize(f).toString()));
            }
        }
        return dir.resolve(spec);
    }

    /** Replaces {@code from} by {@code to} in the first block that starts with {@code blockStart}. */
    private static void replaceOnce(Path file, String what, String blockStart, String from, String to) throws IOException {
        String yaml = Files.readString(file);
        int block = yaml.indexOf(blockStart);
        int at = yaml.indexOf(from, block);
        assertTrue(block >= 0 && at > block && at - block < 400, "fixture edit of " + what + " must find its block");
        Files.writeString(file, yaml.substring(0, at) + to + yaml.substring(at + from.length()));
    }
}
