package dev.danakit.contracts.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.api.tooling.NodeTool;
import dev.danakit.contracts.spec.SpecCatalog;
import dev.danakit.contracts.spec.SpecOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every pact this build writes, checked the way another team's contract tooling checks it: PactFlow's
 * swagger-mock-validator (npm, pinned in package-lock.json) against the bundled spec of the pact's provider.
 * A pact must pass with no error. The one exception is {@code *-malformed-*.json}, which holds the deliveries
 * that break the spec on purpose while the answer is HTTP 200 (Open API refusals); there the tool must report
 * each interaction, and only as an incompatible request body: the tool confirms they are negative cases.
 */
class PactToolCompatibilityTest {

    private static final Path BUNDLED = Path.of("target", "bundled-specs").toAbsolutePath();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> everyPactPassesSwaggerMockValidator() throws IOException {
        List<Path> pacts = WrittenPacts.all();

        Map<Path, Path> specOfPact = new LinkedHashMap<>();
        for (Path pact : pacts) {
            specOfPact.put(pact, specOf(pact));
        }
        Map<Path, Path> bundled = bundle(new TreeSet<>(specOfPact.values()));
        List<String> args = new ArrayList<>();
        specOfPact.forEach((pact, spec) -> {
            args.add(bundled.get(spec).toString());
            args.add(pact.toString());
        });
        NodeTool.Result run = NodeTool.run("tools/node/validate-pacts.mjs", args);
        assertEquals(0, run.exitCode(), () -> "swagger-mock-validator did not run: " + run);
        JsonNode results = MAPPER.readTree(run.stdout());
        assertEquals(pacts.size(), results.size(), "one result per pact");

        int errors = 0;
        int warnings = 0;
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode result : results) {
            Path pact = Path.of(result.path("pact").asText());
            errors += result.path("errors").size();
            warnings += result.path("warnings").size();
            tests.add(DynamicTest.dynamicTest(pact.getFileName() + " against " + specOfPact.get(pact).getFileName(),
                    () -> check(pact, result)));
        }
        System.out.printf("swagger-mock-validator 14.5.0 over %d pact files: %d errors (all in *-malformed-* pacts, "
                + "on purpose), %d warnings%n", pacts.size(), errors, warnings);
        return tests.stream();
    }

    private static void check(Path pact, JsonNode result) throws IOException {
        List<String> warnings = messages(result.path("warnings"));
        assertEquals(List.of(), warnings, "warnings of swagger-mock-validator");
        if (!pact.getFileName().toString().contains("-malformed-")) {
            assertEquals(List.of(), messages(result.path("errors")), result.path("failureReason").asText());
            assertTrue(result.path("success").asBoolean(), result.path("failureReason").asText());
            return;
        }
        // the negative pact: every interaction is reported, as a request body the spec refuses, and nothing else
        Set<String> interactions = new TreeSet<>();
        MAPPER.readTree(pact.toFile()).path("interactions").forEach(i -> interactions.add(i.path("description").asText()));
        Set<String> reported = new TreeSet<>();
        for (JsonNode error : result.path("errors")) {
            assertEquals("request.body.incompatible", error.path("code").asText(), error::toString);
            reported.add(error.path("interaction").asText());
        }
        assertFalse(interactions.isEmpty(), pact + " has no interaction");
        assertEquals(interactions, reported, "each malformed delivery must be one the spec refuses");
    }

    /** @return the spec that holds every operation the pact's interactions call */
    private static Path specOf(Path pact) throws IOException {
        List<SpecOperation> operations = SpecCatalog.shipped().operations();
        Set<Path> specs = new TreeSet<>();
        for (JsonNode interaction : MAPPER.readTree(pact.toFile()).path("interactions")) {
            JsonNode request = interaction.path("request");
            operations.stream()
                    .filter(o -> o.method().equalsIgnoreCase(request.path("method").asText())
                            && o.path().equals(request.path("path").asText()))
                    .findFirst()
                    .ifPresentOrElse(o -> specs.add(o.specFile().toAbsolutePath().normalize()),
                            () -> specs.add(Path.of("no-operation-for " + request.path("method").asText() + " "
                                    + request.path("path").asText())));
        }
        assertEquals(1, specs.size(), () -> pact + " must call the operations of exactly one spec: " + specs);
        return specs.iterator().next();
    }

    /** Redocly bundles each spec into one file (swagger-mock-validator does not follow references across files). */
    private static Map<Path, Path> bundle(Set<Path> specs) throws IOException {
        Files.createDirectories(BUNDLED);
        List<String> args = new ArrayList<>(List.of("bundle"));
        specs.forEach(s -> args.add(s.toString()));
        args.add("--output");
        args.add(BUNDLED.toString());
        NodeTool.Result run = NodeTool.run("redocly", args);
        assertEquals(0, run.exitCode(), () -> "redocly bundle failed: " + run);
        Map<Path, Path> bundled = new LinkedHashMap<>();
        for (Path spec : specs) {
            Path file = BUNDLED.resolve(spec.getFileName());
            assertTrue(Files.exists(file), () -> "no bundle for " + spec + ": " + run);
            bundled.put(spec, file);
        }
        return bundled;
    }

    private static List<String> messages(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(m -> out.add(m.path("code").asText() + " | " + m.path("interaction").asText() + " | "
                + m.path("message").asText()));
        return out;
    }
}
