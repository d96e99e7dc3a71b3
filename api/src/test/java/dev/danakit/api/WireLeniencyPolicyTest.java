package dev.danakit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Yaml;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The two rules by which one spec serves DANA's lenient side and the sender's exact side (api/ERRATA.md, "What
 * DANA's servers accept"): an optional string never says {@code minLength: 1} ({@code ""} there is absent, as DANA
 * reads it), and an example, which is what the sandbox answers, uses only the values of a field that DANA's SDK
 * models know ({@code x-dana-known-values}), while the field itself stays an open string.
 */
class WireLeniencyPolicyTest {

    private static final ObjectMapper YAML = Yaml.mapper();

    /** NICEPAY is not DANA; its spec keeps NICEPAY's own rules. */
    private static final Set<String> NOT_DANA = Set.of("nicepay-payloan.yaml");

    @Test
    void optionalStringsTakeTheEmptyString() throws IOException {
        List<String> strict = new ArrayList<>();
        for (Path file : Specs.allYaml()) {
            if (NOT_DANA.contains(file.getFileName().toString())) {
                continue;
            }
            JsonNode schemas = YAML.readTree(file.toFile()).path("components").path("schemas");
            for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> schema = it.next();
                Set<String> required = new HashSet<>();
                schema.getValue().path("required").forEach(r -> required.add(r.asText()));
                schema.getValue().path("properties").fields().forEachRemaining(p -> {
                    JsonNode value = p.getValue();
                    if (!required.contains(p.getKey()) && "string".equals(value.path("type").asText())
                            && value.path("minLength").asInt(0) == 1) {
                        strict.add(file.getFileName() + " " + schema.getKey() + "." + p.getKey());
                    }
                });
            }
        }
        assertEquals(List.of(), strict, "optional strings with minLength 1: DANA reads \"\" there as absent");
    }

    @Test
    void examplesAnswerOnlyValuesDanasSdkModelsKnow() throws IOException {
        List<String> unknown = new ArrayList<>();
        int checked = 0;
        for (Path spec : Specs.productSpecs()) {
            JsonNode tree = YAML.readTree(spec.toFile());
            Map<String, Set<String>> known = new HashMap<>();
            collectKnownValues(tree.path("components"), known);
            if (known.isEmpty()) {
                continue;
            }
            List<JsonNode> examples = new ArrayList<>();
            tree.path("paths").findValues("examples").forEach(e -> e.forEach(ex -> examples.add(ex.path("value"))));
            for (JsonNode example : examples) {
                checked += check(example, known, spec.getFileName().toString(), unknown);
            }
        }
        assertFalse(checked == 0, "no example carries a field with x-dana-known-values");
        assertEquals(List.of(), unknown, "example values DANA's SDK models would not parse");
    }

    private static void collectKnownValues(JsonNode node, Map<String, Set<String>> known) {
        if (node.isObject()) {
            node.path("properties").fields().forEachRemaining(p -> {
                JsonNode values = p.getValue().has("items") ? p.getValue().path("items").path("x-dana-known-values")
                        : p.getValue().path("x-dana-known-values");
                if (values.isArray()) {
                    Set<String> set = known.computeIfAbsent(p.getKey(), k -> new HashSet<>());
                    values.forEach(v -> set.add(v.asText()));
                }
            });
            node.elements().forEachRemaining(child -> collectKnownValues(child, known));
        } else if (node.isArray()) {
            node.forEach(child -> collectKnownValues(child, known));
        }
    }

    private static int check(JsonNode value, Map<String, Set<String>> known, String where, List<String> unknown) {
        int checked = 0;
        if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Set<String> allowed = known.get(field.getKey());
                if (allowed != null) {
                    List<JsonNode> values = new ArrayList<>();
                    if (field.getValue().isArray()) {
                        field.getValue().forEach(values::add);
                    } else {
                        values.add(field.getValue());
                    }
                    for (JsonNode v : values) {
                        checked++;
                        if (!allowed.contains(v.asText())) {
                            unknown.add(where + " " + field.getKey() + "=" + v.asText());
                        }
                    }
                }
                checked += check(field.getValue(), known, where, unknown);
            }
        } else if (value.isArray()) {
            for (JsonNode item : value) {
                checked += check(item, known, where, unknown);
            }
        }
        return checked;
    }
}
