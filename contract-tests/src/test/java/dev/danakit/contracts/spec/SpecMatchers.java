package dev.danakit.contracts.spec;

import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns an OpenAPI schema plus one of its examples into Pact matchers, so no bound is ever typed in a test.
 *
 * <p>Every string field becomes a regex that encodes its length, {@code ^.{min,max}$}; a field whose schema
 * has a {@code pattern} (timestamps, money, base64) gets the pattern as a second rule on the same path
 * (Pact combines rules on one path with AND). Enums become {@code ^(A|B)$}. Arrays keep their
 * {@code minItems}. The outcome of an answer ({@code responseCode}, {@code resultCd} and the codes of
 * {@code resultInfo}) is pinned to its exact value: that is what a contract about an error is for; the
 * human-readable message beside it is matched by its bounds.
 *
 * <p>A string field with neither {@code maxLength} nor {@code enum} is refused: DANA documents a length for
 * every field, so an unbounded string in the spec is a spec bug, and removing a {@code maxLength} from a spec
 * fails the contract tests here.
 */
public final class SpecMatchers {

    /** Fields whose exact value is the contract: an error contract is worthless if its code may vary. */
    private static final Set<String> OUTCOME_FIELDS =
            Set.of("responseCode", "resultCd", "resultStatus", "resultCodeId", "resultCode");

    private SpecMatchers() {
    }

    /**
     * @param schema a string schema
     * @param where where the schema sits, for the error message
     * @return {@code ^.{min,max}$}, or {@code ^(A|B)$} for an enum
     * @throws IllegalStateException if the schema bounds neither length nor values
     */
    public static String lengthRegex(Schema<?> schema, String where) {
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().stream().map(v -> String.valueOf(v).replaceAll("[^A-Za-z0-9_ ]", "\\\\$0"))
                    .collect(Collectors.joining("|", "^(", ")$"));
        }
        if (schema.getMaxLength() == null) {
            throw new IllegalStateException(where + ": string without maxLength in the spec; every DANA field is bounded");
        }
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        return "^.{" + min + "," + schema.getMaxLength() + "}$";
    }

    /**
     * @param schema a string schema
     * @return the rules for one string: length (or enum) first, then the spec's pattern if it has one
     */
    public static List<String> stringRegexes(Schema<?> schema, String where) {
        List<String> regexes = new ArrayList<>();
        regexes.add(lengthRegex(schema, where));
        if (schema.getPattern() != null) {
            regexes.add(schema.getPattern());
        }
        return regexes;
    }

    /**
     * @param header a header parameter
     * @return the header's rules, from its schema (e.g. X-EXTERNAL-ID gives {@code ^.{1,36}$})
     */
    public static List<String> headerRegexes(Parameter header) {
        return stringRegexes(header.getSchema(), "header " + header.getName());
    }

    /**
     * @param header a header parameter
     * @return the spec's example value for it
     */
    public static String headerExample(Parameter header) {
        Object example = header.getExample() != null ? header.getExample() : header.getSchema().getExample();
        if (example == null) {
            throw new IllegalStateException("header " + header.getName() + " has no example in the spec");
        }
        return example.toString();
    }

    /**
     * @param example an example as swagger-parser gives it
     * @return the same example as a Jackson tree (a copy: callers may change it)
     */
    public static JsonNode tree(Object example) {
        return Json.mapper().valueToTree(example).deepCopy();
    }

    /**
     * Builds a Pact body from a schema and an example that follows it.
     *
     * @param schema the body schema (fully resolved)
     * @param example the example body; only the fields present in it are in the contract
     * @param context operation name, for error messages
     * @return the Pact body with one rule set per field
     */
    public static PactDslJsonBody body(Schema<?> schema, JsonNode example, String context) {
        return body(schema, example, context, Map.of());
    }

    /**
     * Like {@link #body}, but some fields carry a value outside the spec on purpose (negative interactions):
     * their rule states what kind of wrong value is sent instead of the spec's bounds.
     *
     * @param schema the body schema
     * @param example the (already mutated) example
     * @param context operation name, for error messages
     * @param overrides dotted field path to the one regex that describes the deliberately wrong value
     * @return the Pact body
     */
    public static PactDslJsonBody body(Schema<?> schema, JsonNode example, String context, Map<String, String> overrides) {
        return object(schema, (ObjectNode) example, "", false, new Walk(context, overrides));
    }

    /** What stays the same through one walk: the operation (for messages) and the deliberate deviations. */
    private record Walk(String context, Map<String, String> overrides) {
    }

    private static PactDslJsonBody object(Schema<?> schema, ObjectNode example, String path, boolean exact, Walk walk) {
        PactDslJsonBody body = new PactDslJsonBody();
        Map<String, Schema> properties = properties(schema, example);
        Iterator<Map.Entry<String, JsonNode>> fields = example.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            Schema<?> fieldSchema = branchFor(properties.get(name), value);
            String fieldPath = path.isEmpty() ? name : path + "." + name;
            boolean fieldExact = exact || OUTCOME_FIELDS.contains(name);
            if (walk.overrides().containsKey(fieldPath)) {
                body.stringMatcher(name, walk.overrides().get(fieldPath), value.asText());
            } else if (fieldSchema == null) {
                freeForm(body, name, value);
            } else if (value.isObject()) {
                body.object(name, object(fieldSchema, (ObjectNode) value, fieldPath, fieldExact, walk));
            } else if (value.isArray()) {
                array(body, name, fieldSchema, value, fieldPath, fieldExact, walk);
            } else if (value.isTextual()) {
                string(body, name, fieldSchema, value.asText(), walk.context() + " " + fieldPath, fieldExact);
            } else if (value.isIntegralNumber()) {
                body.integerType(name, value.asLong());
            } else if (value.isNumber()) {
                body.decimalType(name, value.decimalValue());
            } else if (value.isBoolean()) {
                body.booleanType(name, value.asBoolean());
            } else {
                body.nullValue(name);
            }
        }
        return body;
    }

    private static void string(PactDslJsonBody body, String name, Schema<?> schema, String value, String path,
            boolean exact) {
        if (exact) {
            body.stringValue(name, value);
            return;
        }
        List<String> regexes = stringRegexes(schema, path);
        check(path, value, regexes);
        body.stringMatcher(name, regexes.get(0), value);
        for (String extra : regexes.subList(1, regexes.size())) {
            body.getMatchers().addRule(body.getRootPath() + name, new RegexMatcher(extra, value));
        }
    }

    private static void array(PactDslJsonBody body, String name, Schema<?> schema, JsonNode value, String path,
            boolean exact, Walk walk) {
        Schema<?> items = schema.getItems();
        int minItems = schema.getMinItems() == null ? 0 : schema.getMinItems();
        if (value.isEmpty()) {
            body.array(name).closeArray();
            return;
        }
        JsonNode first = value.get(0);
        String itemPath = path + "[*]";
        if (first.isObject()) {
            body.minArrayLike(name, minItems, object(items, (ObjectNode) first, itemPath, exact, walk), 1);
        } else if (first.isTextual()) {
            List<String> regexes = stringRegexes(items, walk.context() + " " + itemPath);
            check(itemPath, first.asText(), regexes);
            body.minArrayLike(name, minItems, PactDslJsonRootValue.stringMatcher(regexes.get(0), first.asText()), 1);
            for (String extra : regexes.subList(1, regexes.size())) {
                body.getMatchers().addRule(body.getRootPath() + name + "[*]", new RegexMatcher(extra, first.asText()));
            }
        } else {
            throw new IllegalStateException(itemPath + ": arrays of " + first.getNodeType() + " are not described by DANA");
        }
    }

    /** Keys of a free-form object ({@code additionalProperties: true}) are matched by JSON type only. */
    private static void freeForm(PactDslJsonBody body, String name, JsonNode value) {
        if (value.isObject()) {
            PactDslJsonBody child = new PactDslJsonBody();
            value.fields().forEachRemaining(f -> freeForm(child, f.getKey(), f.getValue()));
            body.object(name, child);
        } else if (value.isTextual()) {
            body.stringType(name, value.asText());
        } else if (value.isNumber()) {
            body.numberType(name, value.numberValue());
        } else if (value.isBoolean()) {
            body.booleanType(name, value.asBoolean());
        } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
            PactDslJsonBody item = new PactDslJsonBody();
            value.get(0).fields().forEachRemaining(f -> freeForm(item, f.getKey(), f.getValue()));
            body.minArrayLike(name, 0, item, 1);
        } else if (value.isArray() && !value.isEmpty()) {
            body.minArrayLike(name, 0, PactDslJsonRootValue.stringType(value.get(0).asText()), 1);
        } else {
            body.nullValue(name);
        }
    }

    /**
     * A string field of an example whose schema bounds its length.
     *
     * @param path dotted path from the body root, e.g. {@code additionalInfo.accessToken}
     * @param schema the field's schema
     * @param required whether the enclosing object's schema requires the field
     */
    public record BoundedField(String path, Schema<?> schema, boolean required) {

        /** @return the field's maxLength */
        public int maxLength() {
            return schema.getMaxLength();
        }

        /**
         * @param example a body example (changed in place)
         * @return the example with this field one character longer than its maxLength
         */
        public JsonNode overLength(JsonNode example) {
            String[] steps = path.split("\\.");
            JsonNode parent = example;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = parent.get(steps[i]);
            }
            ((ObjectNode) parent).put(steps[steps.length - 1], "x".repeat(maxLength() + 1));
            return example;
        }

        /**
         * @param example a body example (changed in place)
         * @return the example without this field
         */
        public JsonNode removed(JsonNode example) {
            String[] steps = path.split("\\.");
            JsonNode parent = example;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = parent.get(steps[i]);
            }
            ((ObjectNode) parent).remove(steps[steps.length - 1]);
            return example;
        }
    }

    /**
     * @param schema a body schema
     * @param example an example of it
     * @return the length-bounded string fields present in the example (objects only, not array items), depth first
     */
    public static List<BoundedField> boundedStrings(Schema<?> schema, JsonNode example) {
        List<BoundedField> found = new ArrayList<>();
        collect(schema, example, "", found);
        return found;
    }

    private static void collect(Schema<?> schema, JsonNode example, String path, List<BoundedField> found) {
        if (!example.isObject()) {
            return;
        }
        Map<String, Schema> properties = properties(schema, (ObjectNode) example);
        example.fields().forEachRemaining(f -> {
            Schema<?> field = branchFor(properties.get(f.getKey()), f.getValue());
            String fieldPath = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
            if (field == null) {
                return;
            }
            if (f.getValue().isTextual() && field.getMaxLength() != null) {
                found.add(new BoundedField(fieldPath, field,
                        schema.getRequired() != null && schema.getRequired().contains(f.getKey())));
            } else if (f.getValue().isObject()) {
                collect(field, f.getValue(), fieldPath, found);
            }
        });
    }

    /**
     * A value that may take one of several JSON types ({@code head.reserve}: a JSON text or an object) is matched by
     * the branch of its own type, with that branch's bounds.
     */
    public static Schema<?> branchFor(Schema<?> schema, JsonNode value) {
        if (schema == null || schema.getType() != null || schema.getOneOf() == null) {
            return schema;
        }
        String type = value.isTextual() ? "string" : value.isObject() ? "object" : value.isArray() ? "array" : null;
        for (Schema<?> branch : schema.getOneOf()) {
            if (type != null && type.equals(branch.getType())) {
                return branch;
            }
        }
        return schema;
    }

    /** Properties of an object schema; for a oneOf, those of the branch whose properties cover the example. */
    @SuppressWarnings("rawtypes")
    public static Map<String, Schema> properties(Schema<?> schema, ObjectNode example) {
        if (schema.getProperties() != null) {
            return schema.getProperties();
        }
        List<Schema> branches = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (branches != null) {
            Optional<Schema> match = branches.stream().filter(b -> b.getProperties() != null
                    && iterable(example.fieldNames()).stream().allMatch(b.getProperties()::containsKey)).findFirst();
            if (match.isPresent()) {
                return match.get().getProperties();
            }
        }
        return Map.of();
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /** An example that breaks its own schema would make a contract nobody can honour: stop at the source. */
    private static void check(String path, String value, List<String> regexes) {
        for (String regex : regexes) {
            if (!Pattern.compile(regex).matcher(value).find()) {
                throw new IllegalStateException(path + ": the spec's example '" + value + "' does not match " + regex);
            }
        }
    }
}
