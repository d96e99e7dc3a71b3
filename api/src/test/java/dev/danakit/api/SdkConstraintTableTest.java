package dev.danakit.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Yaml;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Holds every {@code maxLength}, {@code minLength} and {@code pattern} of the specs to the constraint table of
 * DANA's own SDK models ({@code reference/dana-field-constraints.tsv}, one row per product, model and field). A
 * difference passes only when a row of the table "Differences from DANA's SDK constraint table" in
 * {@code api/ERRATA.md} explains it, with the same SDK value and the same spec value; an ERRATA row that explains
 * nothing fails too, so the explanations cannot go stale.
 *
 * <p>Array fields: the SDK's minLength is the list's {@code minItems}, its maxLength and pattern apply to each item.
 * A {@code minLength: 1} on a required string is the spec's way of saying that {@code ""} counts as missing (DANA
 * answers it with {@code xx02}), which the SDK tables cannot express; it is not a difference.
 */
class SdkConstraintTableTest {

    private static final ObjectMapper YAML = Yaml.mapper();
    private static final Path TABLE = Path.of("src", "test", "resources", "reference", "dana-field-constraints.tsv");
    private static final Path ERRATA = Path.of("ERRATA.md");
    private static final String SECTION = "## Differences from DANA's SDK constraint table";
    private static final String NONE = "-";

    /** SDK package to spec file. */
    private static final Map<String, String> SPEC_OF_PRODUCT = Map.of(
            "widget", "widget.yaml",
            "payment_gateway", "payment-gateway.yaml",
            "disbursement", "disbursement.yaml",
            "merchant_management", "merchant-management.yaml",
            "webhook", "merchant-callbacks.yaml");

    /** SDK model names that the specs spell differently. */
    private static final Map<String, String> SCHEMA_OF_MODEL = Map.of(
            "ApplyOTTRequest", "ApplyOttRequest",
            "ApplyOTTRequestAdditionalInfo", "ApplyOttRequestAdditionalInfo",
            "ApplyOTTResponse", "ApplyOttResponse",
            "ApplyOTTResponseUserResourcesInner", "UserResource",
            "FinishNotifyRequestAdditionalInfo", "FinishNotifyAdditionalInfo",
            "ShopInfo", "FinishNotifyShopInfo",
            "MemberAssetResultInfo", "ResultInfo");

    private static final List<String> SHARED = List.of("components/common.yaml", "components/open-api.yaml");

    private static final Map<Path, JsonNode> TREES = new HashMap<>();

    /** One difference: where, which keyword, the SDK's value and the spec's ({@code -} for none). */
    record Difference(String product, String model, String field, String constraint, String sdk, String spec) {
        @Override
        public String toString() {
            return String.join(" | ", product, model, field, constraint, sdk, spec);
        }
    }

    /** One ERRATA row; product, model and field may be {@code *}. */
    record Explanation(String product, String model, String field, String constraint, String sdk, String spec,
                       String why) {
        boolean explains(Difference d) {
            return matches(product, d.product()) && matches(model, d.model()) && matches(field, d.field())
                    && constraint.equals(d.constraint()) && sdk.equals(d.sdk()) && spec.equals(d.spec());
        }

        private static boolean matches(String glob, String value) {
            return "*".equals(glob) || Pattern.matches(glob.replace("*", ".*"), value);
        }

        @Override
        public String toString() {
            return String.join(" | ", product, model, field, constraint, sdk, spec);
        }
    }

    private static List<Difference> differences;
    private static List<Explanation> explanations;

    @BeforeAll
    static void compare() throws IOException {
        differences = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE).subList(1, Files.readAllLines(TABLE).size())) {
            if (!line.isBlank()) {
                differences.addAll(compare(line.split("\t", -1)));
            }
        }
        explanations = explanations();
    }

    @Test
    void theTableIsReadInFull() throws IOException {
        // 1,109 rows of DANA's SDK models; a truncated copy would make every comparison vacuous
        assertEquals(1109, Files.readAllLines(TABLE).size() - 1);
        assertTrue(explanations.size() > 10, "ERRATA.md has no explanation table under \"" + SECTION + "\"");
    }

    @Test
    void everyDifferenceFromTheSdkTableIsExplainedInErrata() {
        List<Difference> unexplained = differences.stream()
                .filter(d -> explanations.stream().noneMatch(e -> e.explains(d))).toList();
        assertEquals(List.of(), unexplained, "constraints that differ from DANA's SDK models without a row in "
                + "ERRATA.md (product | model | field | constraint | SDKs | spec)");
    }

    @Test
    void everyErrataRowStillExplainsSomething() {
        List<Explanation> stale = explanations.stream()
                .filter(e -> differences.stream().noneMatch(e::explains)).toList();
        assertEquals(List.of(), stale, "ERRATA.md rows that match no difference any more: remove or correct them");
    }

    private static List<Difference> compare(String[] row) {
        String product = row[0];
        String model = row[1];
        String field = row[2];
        List<Difference> found = new ArrayList<>();
        Location schema = schemaOf(product, model);
        if (schema == null) {
            found.add(new Difference(product, model, field, "model", "present", "absent"));
            return found;
        }
        JsonNode property = schema.node().path("properties").path(field);
        if (property.isMissingNode()) {
            found.add(new Difference(product, model, field, "field", "present", "absent"));
            return found;
        }
        boolean required = false;
        for (JsonNode name : schema.node().path("required")) {
            required |= field.equals(name.asText());
        }
        Location target = resolve(schema.file(), property);
        JsonNode value = target.node();
        String minLength;
        if ("array".equals(value.path("type").asText())) {
            minLength = text(value, "minItems");
            target = resolve(target.file(), value.path("items"));
            value = target.node();
        } else {
            minLength = text(value, "minLength");
            if ("1".equals(minLength) && required) {
                minLength = NONE; // "" is missing: see the class comment
            }
        }
        if (value.has("oneOf")) {
            value = value.path("oneOf").path(0); // Reserve: the string form carries the bounds
        }
        compare(found, product, model, field, "minLength", row[4], minLength);
        compare(found, product, model, field, "maxLength", row[5], text(value, "maxLength"));
        compare(found, product, model, field, "pattern", row[6], text(value, "pattern"));
        return found;
    }

    private static void compare(List<Difference> found, String product, String model, String field,
                                String constraint, String sdk, String spec) {
        String sdkValue = sdk.isEmpty() ? NONE : sdk;
        if (!sdkValue.equals(spec)) {
            found.add(new Difference(product, model, field, constraint, sdkValue, spec));
        }
    }

    private record Location(Path file, JsonNode node) {
    }

    private static Location schemaOf(String product, String model) {
        Path spec = Specs.DIR.resolve(SPEC_OF_PRODUCT.get(product));
        String name = SCHEMA_OF_MODEL.getOrDefault(model, model);
        if (name.endsWith("ResponseResponseBody")) {
            name = name.substring(0, name.length() - "ResponseResponseBody".length()) + "ResponseBody";
        }
        if (name.endsWith("ResponseResponseHead")) {
            return new Location(Specs.DIR.resolve("components/open-api.yaml"),
                    tree(Specs.DIR.resolve("components/open-api.yaml")).at("/components/schemas/ResponseHead"));
        }
        List<Path> candidates = new ArrayList<>(List.of(spec));
        SHARED.forEach(s -> candidates.add(Specs.DIR.resolve(s)));
        for (Path file : candidates) {
            JsonNode schemas = tree(file).path("components").path("schemas");
            if (schemas.has(name)) {
                // an Open API model of the SDKs is the body of the spec's envelope
                JsonNode resolved = resolve(file, schemas.get(name)).node();
                if (resolved.path("properties").has("request") && schemas.has(name + "Body")) {
                    return new Location(file, schemas.get(name + "Body"));
                }
                return resolve(file, schemas.get(name));
            }
        }
        return null;
    }

    private static Location resolve(Path file, JsonNode node) {
        Set<String> seen = new LinkedHashSet<>();
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!seen.add(file + ref)) {
                throw new IllegalStateException("circular $ref " + seen);
            }
            int hash = ref.indexOf('#');
            if (hash > 0) {
                file = file.getParent().resolve(ref.substring(0, hash)).normalize();
            }
            node = tree(file).at(ref.substring(hash + 1));
        }
        return new Location(file, node);
    }

    private static String text(JsonNode node, String keyword) {
        return node.has(keyword) ? node.get(keyword).asText() : NONE;
    }

    private static JsonNode tree(Path file) {
        return TREES.computeIfAbsent(file.normalize(), f -> {
            try {
                return YAML.readTree(f.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The rows of the ERRATA table; a cell's value may sit in backticks, with {@code \|} for a bar. */
    private static List<Explanation> explanations() throws IOException {
        List<Explanation> rows = new ArrayList<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(ERRATA)) {
            if (line.startsWith("## ")) {
                inSection = line.equals(SECTION);
                continue;
            }
            if (!inSection || !line.startsWith("| ") || line.startsWith("| product") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = cells(line);
            if (cells.size() != 7) {
                throw new IllegalStateException("ERRATA row needs 7 cells: " + line);
            }
            rows.add(new Explanation(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
                    cells.get(5), cells.get(6)));
        }
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String body = line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0));
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(clean(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(clean(cell.toString()));
        return cells;
    }

    private static String clean(String cell) {
        String trimmed = cell.trim();
        return trimmed.length() >= 2 && trimmed.startsWith("`") && trimmed.endsWith("`")
                ? trimmed.substring(1, trimmed.length() - 1) : trimmed;
    }
}
