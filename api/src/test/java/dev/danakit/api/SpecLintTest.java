package dev.danakit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.danakit.api.tooling.NodeTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lint gate: Spectral ({@code spectral:oas} plus the project's rules in {@code api/lint/spectral.yaml}) and
 * Redocly ({@code recommended}, {@code api/lint/redocly.yaml}) over every product spec, the npm versions pinned
 * in the repository's package-lock.json. Any finding, error or warning, fails the build unless
 * {@code api/lint/baseline.yaml} lists it with the reason it is kept; an entry that no longer occurs fails too.
 */
class SpecLintTest {

    private static final Path ROOT = NodeTool.root();
    private static final Path SPEC_DIR = ROOT.resolve("api/src/main/resources/openapi");
    private static final Path BASELINE = ROOT.resolve("api/lint/baseline.yaml");
    private static final Path FIXTURE = ROOT.resolve("api/src/test/resources/lint/breaks-every-project-rule.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One finding, as both tools locate it: the file relative to the spec folder and a JSON pointer in it.
     *
     * @param tool spectral or redocly
     * @param rule the rule's id
     * @param file e.g. widget.yaml or components/snap.yaml
     * @param pointer e.g. #/components/schemas/X
     * @param severity error or warning
     * @param message the tool's message
     */
    record Finding(String tool, String rule, String file, String pointer, String severity, String message) {
        String key() {
            return tool + " " + rule + " " + file + pointer;
        }
    }

    @Test
    void spectralFindsNothingBeyondTheReviewedBaseline() throws IOException {
        List<Finding> findings = spectral(Specs.productSpecs().stream().map(p -> p.toAbsolutePath()).toList());
        report("Spectral 6.16.3 (spectral:oas + api/lint/spectral.yaml)", findings);
        assertAgreesWithBaseline("spectral", findings);
    }

    @Test
    void redoclyFindsNothingBeyondTheReviewedBaseline() throws IOException {
        List<Finding> findings = redocly(Specs.productSpecs().stream().map(p -> p.toAbsolutePath()).toList());
        report("Redocly 2.77.0 (recommended)", findings);
        assertAgreesWithBaseline("redocly", findings);
    }

    /** The project's own rules fire on a spec that breaks each of them once (and Spectral's example check with them). */
    @Test
    void theProjectRulesCatchUnquotedCodesUnboundedStringsAndMissingExamples() throws IOException {
        Set<String> fired = new TreeSet<>();
        for (Finding f : spectral(List.of(FIXTURE))) {
            fired.add(f.rule() + " " + f.pointer());
        }
        assertEquals(new TreeSet<>(List.of(
                "dana-code-quoted #/paths/~1fixture~1query.htm/post/responses/200/content/application~1json/examples/systemError/value/resultCodeId",
                "dana-operation-example #/paths/~1fixture~1query.htm/post/requestBody/content/application~1json",
                "dana-service-code-quoted #/paths/~1fixture~1query.htm/post/x-dana-service-code",
                "dana-string-bounded #/paths/~1fixture~1query.htm/post/requestBody/content/application~1json/schema/properties/merchantId",
                "oas3-valid-media-example #/paths/~1fixture~1query.htm/post/responses/200/content/application~1json/examples/systemError/value/resultCodeId")),
                fired);
    }

    private static void assertAgreesWithBaseline(String tool, List<Finding> findings) throws IOException {
        Set<String> accepted = new LinkedHashSet<>();
        for (JsonNode entry : new YAMLMapper().readTree(BASELINE.toFile()).path("accepted")) {
            assertFalse(entry.path("reason").asText().isBlank(), "baseline entry without a reason: " + entry);
            if (tool.equals(entry.path("tool").asText())) {
                accepted.add(tool + " " + entry.path("rule").asText() + " " + entry.path("file").asText()
                        + entry.path("pointer").asText());
            }
        }
        List<String> unexpected = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Finding f : findings) {
            seen.add(f.key());
            if (!accepted.contains(f.key())) {
                unexpected.add(f.severity() + " " + f.key() + ": " + f.message());
            }
        }
        List<String> stale = accepted.stream().filter(k -> !seen.contains(k)).toList();
        assertEquals(List.of(), unexpected, "fix these findings, or list them in " + BASELINE + " with a reason");
        assertEquals(List.of(), stale, "these baseline entries no longer occur: remove them from " + BASELINE);
    }

    private static void report(String tool, List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity().equals("error")).count();
        System.out.printf("%s over %d specs: %d errors, %d warnings%n", tool, Specs.productSpecs().size(), errors,
                findings.size() - errors);
    }

    static List<Finding> spectral(List<Path> specs) throws IOException {
        Path out = Files.createTempFile("spectral", ".json");
        try {
            List<String> args = new ArrayList<>(List.of("lint", "--ruleset", "api/lint/spectral.yaml",
                    "--format", "json", "--output", out.toString(), "--fail-severity", "error"));
            specs.forEach(s -> args.add(s.toString()));
            NodeTool.Result run = NodeTool.run("spectral", args);
            assertTrue(run.exitCode() <= 1 && Files.size(out) > 0, () -> "spectral did not run: " + run);
            List<Finding> findings = new ArrayList<>();
            for (JsonNode p : JSON.readTree(out.toFile())) {
                StringBuilder pointer = new StringBuilder("#");
                p.path("path").forEach(seg -> pointer.append('/').append(seg.asText().replace("~", "~0").replace("/", "~1")));
                findings.add(new Finding("spectral", p.path("code").asText(), relative(p.path("source").asText()),
                        pointer.toString(), p.path("severity").asInt() == 0 ? "error" : "warning",
                        p.path("message").asText()));
            }
            return findings;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static List<Finding> redocly(List<Path> specs) throws IOException {
        List<String> args = new ArrayList<>(List.of("lint", "--config", "api/lint/redocly.yaml", "--format", "json"));
        specs.forEach(s -> args.add(s.toString()));
        NodeTool.Result run = NodeTool.run("redocly", args);
        assertTrue(run.exitCode() <= 1 && run.stdout().contains("\"problems\""), () -> "redocly did not run: " + run);
        List<Finding> findings = new ArrayList<>();
        // one JSON document per spec, one after the other
        try (MappingIterator<JsonNode> reports = JSON.readerFor(JsonNode.class).readValues(run.stdout())) {
            while (reports.hasNext()) {
                for (JsonNode p : reports.next().path("problems")) {
                    JsonNode at = p.path("location").path(0);
                    findings.add(new Finding("redocly", p.path("ruleId").asText(), relative(at.path("source").path("ref").asText()),
                            at.path("pointer").asText(), p.path("severity").asText().equals("error") ? "error" : "warning",
                            p.path("message").asText()));
                }
            }
        }
        return findings;
    }

    private static String relative(String source) {
        Path file = ROOT.resolve(source).normalize();
        return file.startsWith(SPEC_DIR) ? SPEC_DIR.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
