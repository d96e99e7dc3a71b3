package dev.danakit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Yaml;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Holds the specs to the checked-in list of DANA and NICEPAY operations (expected-operations.tsv, a reviewed copy
 * of the coverage target): an operation that is missing, extra, or whose path, method, style, service code or
 * Open API function differs fails the build. It also prints the size of the contract.
 */
class OperationCoverageTest {

    private static final ObjectMapper YAML = Yaml.mapper();
    private static final Path EXPECTED = Path.of("src", "test", "resources", "expected-operations.tsv");

    @Test
    void specsContainExactlyTheExpectedOperations() throws IOException {
        Map<String, String> expected = expectedOperations();
        Map<String, String> actual = specOperations();

        List<String> problems = new ArrayList<>();
        expected.forEach((key, row) -> {
            if (!actual.containsKey(key)) {
                problems.add("missing: " + key + " -> " + row);
            } else if (!actual.get(key).equals(row)) {
                problems.add("differs: " + key + " expected " + row + " but the spec has " + actual.get(key));
            }
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k))
                .forEach(k -> problems.add("not in the expected list: " + k + " -> " + actual.get(k)));
        assertEquals(List.of(), problems);
    }

    /** The closing numbers of the coverage issue; asserts only what can be wrong: the operation count. */
    @Test
    void inventory() throws IOException {
        int operations = specOperations().size();
        int schemas = 0;
        int constrainedFields = 0;
        Map<Path, JsonNode> trees = new java.util.HashMap<>();
        for (Path file : Specs.allYaml()) {
            JsonNode componentSchemas = YAML.readTree(file.toFile()).path("components").path("schemas");
            schemas += componentSchemas.size();
            for (JsonNode schema : componentSchemas) {
                for (JsonNode property : schema.path("properties")) {
                    if (isConstrained(file, property, trees)) {
                        constrainedFields++;
                    }
                }
            }
        }
        System.out.printf("spec inventory: %d operations, %d component schemas, %d constrained fields%n",
                operations, schemas, constrainedFields);
        assertEquals(expectedOperations().size(), operations);
    }

    /** A field is constrained when it, its array items, or the string schema it references carries a bound. */
    private static boolean isConstrained(Path file, JsonNode property, Map<Path, JsonNode> trees) throws IOException {
        JsonNode target = property.has("items") ? property.get("items") : property;
        if (target.has("$ref")) {
            String ref = target.get("$ref").asText();
            int hash = ref.indexOf('#');
            Path refFile = hash == 0 ? file : file.getParent().resolve(ref.substring(0, hash)).normalize();
            JsonNode tree = trees.get(refFile);
            if (tree == null) {
                tree = YAML.readTree(refFile.toFile());
                trees.put(refFile, tree);
            }
            target = tree.at(ref.substring(hash + 1));
        }
        return target.has("maxLength") || target.has("minLength") || target.has("pattern")
                || property.has("minItems");
    }

    static Map<String, String> expectedOperations() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(EXPECTED)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            rows.put(f[0] + " " + f[1], String.join(" ", f[2], f[3], f[4], f[5]));
        }
        return rows;
    }

    static Map<String, String> specOperations() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (Path spec : Specs.productSpecs()) {
            JsonNode paths = YAML.readTree(spec.toFile()).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> path = p.next();
                for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = m.next();
                    JsonNode op = method.getValue();
                    String style = op.path("x-dana-style").asText();
                    String code = "open-api".equals(style) ? op.path("x-dana-function").asText()
                            : op.path("x-dana-service-code").asText("-");
                    rows.put(spec.getFileName() + " " + op.path("operationId").asText(),
                            String.join(" ", method.getKey().toUpperCase(), path.getKey(), style, code));
                }
            }
        }
        return rows;
    }
}
