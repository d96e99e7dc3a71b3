package dev.danakit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Yaml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps dana/response-codes.yaml and the specs in step: the same operations, the same path, style and service
 * code, the same codes (each code in the catalogue is a response example in the spec and the other way round),
 * SNAP codes that spell their own HTTP status and service code, and a known partner action on every entry.
 */
class ResponseCodeCatalogueTest {

    private static final ObjectMapper YAML = Yaml.mapper();
    private static final Path CATALOGUE = Path.of("src", "main", "resources", "dana", "response-codes.yaml");

    private static JsonNode catalogue;
    private static Map<String, JsonNode> entries;

    @BeforeAll
    static void load() throws IOException {
        catalogue = YAML.readTree(CATALOGUE.toFile());
        entries = new TreeMap<>();
        for (JsonNode op : catalogue.path("operations")) {
            entries.put(op.path("spec").asText() + " " + op.path("operationId").asText(), op);
        }
    }

    @Test
    void everySpecOperationHasAnEntryAndViceVersa() throws IOException {
        Set<String> specOps = OperationCoverageTest.specOperations().keySet();
        assertEquals(new TreeSet<>(specOps), new TreeSet<>(entries.keySet()));
    }

    @Test
    void entriesDescribeTheirOperationAsTheSpecDoes() throws IOException {
        Map<String, String> spec = OperationCoverageTest.specOperations();
        List<String> problems = new ArrayList<>();
        entries.forEach((key, op) -> {
            String style = op.path("style").asText();
            String code = "open-api".equals(style) ? op.path("function").asText() : op.path("serviceCode").asText("-");
            String described = String.join(" ", "POST", op.path("path").asText(), style, code);
            if (!described.equals(spec.get(key))) {
                problems.add(key + ": catalogue says " + described + ", spec says " + spec.get(key));
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCodeHasAKnownActionAndAConsistentShape() {
        Set<String> actions = new HashSet<>();
        catalogue.path("actions").forEach(a -> actions.add(a.asText()));
        List<String> problems = new ArrayList<>();
        entries.forEach((key, op) -> {
            boolean snap = op.path("style").asText().startsWith("snap");
            for (JsonNode c : op.path("codes")) {
                String code = c.path("code").asText();
                if (!actions.contains(c.path("action").asText())) {
                    problems.add(key + " " + code + ": unknown action " + c.path("action").asText());
                }
                for (String field : List.of("message", "meaning", "source")) {
                    if (c.path(field).asText().isBlank()) {
                        problems.add(key + " " + code + ": no " + field);
                    }
                }
                if (snap && !(code.matches("\\d{7}")
                        && code.substring(0, 3).equals(c.path("httpStatus").asText())
                        && code.substring(3, 5).equals(op.path("serviceCode").asText()))) {
                    problems.add(key + " " + code + ": not HTTP status + service code " + op.path("serviceCode").asText()
                            + " + case code");
                }
                if ("open-api".equals(op.path("style").asText())
                        && !c.path("resultStatus").asText().matches("[SFUA]")) {
                    problems.add(key + " " + code + ": resultStatus must be S, F, U or A");
                }
            }
        });
        for (JsonNode g : catalogue.path("snapGeneric")) {
            if (!g.path("caseCode").asText().matches("\\d{2}") || !actions.contains(g.path("action").asText())) {
                problems.add("snapGeneric " + g);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void catalogueCodesAreExactlyTheSpecExamples() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path spec : Specs.productSpecs()) {
            JsonNode paths = YAML.readTree(spec.toFile()).path("paths");
            paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                JsonNode op = method.getValue();
                String key = spec.getFileName() + " " + op.path("operationId").asText();
                Set<String> inSpec = new TreeSet<>();
                op.path("responses").fields().forEachRemaining(status ->
                        status.getValue().path("content").forEach(media ->
                                media.path("examples").forEach(example ->
                                        inSpec.add(status.getKey() + " " + codeOf(example.path("value"))))));
                Set<String> inCatalogue = new TreeSet<>();
                JsonNode entry = entries.get(key);
                if (entry != null) {
                    entry.path("codes").forEach(c -> inCatalogue.add(c.path("httpStatus").asText() + " "
                            + (c.has("resultStatus") ? c.path("resultStatus").asText() + "/" : "") + c.path("code").asText()));
                }
                if (!inSpec.equals(inCatalogue)) {
                    problems.add(key + ": spec examples " + inSpec + " but catalogue " + inCatalogue);
                }
            }));
        }
        assertEquals(List.of(), problems);
    }

    /** The code an example answer carries, in whichever of the three error models it is written. */
    private static String codeOf(JsonNode value) {
        if (value.has("responseCode")) {
            return value.get("responseCode").asText();
        }
        JsonNode result = value.path("response").path("body").path("resultInfo");
        if (!result.isMissingNode()) {
            return result.path("resultStatus").asText() + "/" + result.path("resultCode").asText();
        }
        return value.path("resultCd").asText("?");
    }
}
