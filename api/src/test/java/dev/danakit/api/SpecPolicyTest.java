package dev.danakit.api;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The rules every spec of this project keeps. Each test lists every breach it finds, so one run shows all
 * of them: strings are bounded, operations are named and exemplified, examples obey their own schemas, and
 * no reference points nowhere.
 */
class SpecPolicyTest {

    private static final ObjectMapper YAML = Yaml.mapper();
    private static final ObjectMapper JSON = Json.mapper();
    private static final Map<Path, JsonNode> TREES = new java.util.concurrent.ConcurrentHashMap<>();

    static List<Path> productSpecs() {
        return Specs.productSpecs();
    }

    static List<Path> allYaml() {
        return Specs.allYaml();
    }

    @ParameterizedTest
    @MethodSource("allYaml")
    void everyReferenceResolves(Path file) {
        List<String> dangling = new ArrayList<>();
        collectRefs(tree(file), file, "", dangling);
        assertEquals(List.of(), dangling, "dangling $ref in " + file);
    }

    @ParameterizedTest
    @MethodSource("productSpecs")
    void parsesWithoutMessages(Path spec) {
        SwaggerParseResult result = Specs.parse(spec);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages(), spec.toString());
        assertFalse(result.getOpenAPI().getPaths().isEmpty(), spec + " has no paths");
    }

    /** A string is bounded by maxLength, or by its enum (which then must not also carry length keywords). */
    @ParameterizedTest
    @MethodSource("productSpecs")
    void everyStringIsBounded(Path spec) {
        OpenAPI api = Specs.parseFullyResolved(spec);
        List<String> unbounded = new ArrayList<>();
        Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        forEachOperation(api, (id, op) -> {
            if (op.getParameters() != null) {
                for (Parameter p : op.getParameters()) {
                    walk(p.getSchema(), id + " " + p.getIn() + " " + p.getName(), unbounded, seen);
                }
            }
            if (op.getRequestBody() != null) {
                op.getRequestBody().getContent().forEach((type, media) ->
                        walk(media.getSchema(), id + " request", unbounded, seen));
            }
            op.getResponses().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) ->
                            walk(media.getSchema(), id + " response " + status, unbounded, seen));
                }
                if (response.getHeaders() != null) {
                    response.getHeaders().forEach((name, header) ->
                            walk(header.getSchema(), id + " response " + status + " header " + name, unbounded, seen));
                }
            });
        });
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().forEach((name, schema) ->
                    walk(schema, "components.schemas." + name, unbounded, seen));
        }
        assertEquals(List.of(), unbounded, "string without maxLength in " + spec);
    }

    @ParameterizedTest
    @MethodSource("productSpecs")
    void everyOperationIsNamedAndExemplified(Path spec) {
        OpenAPI api = Specs.parse(spec).getOpenAPI();
        List<String> missing = new ArrayList<>();
        forEachOperation(api, (where, op) -> {
            if (blank(op.getOperationId())) {
                missing.add(where + ": operationId");
            }
            if (blank(op.getSummary())) {
                missing.add(where + ": summary");
            }
            if (op.getExtensions() == null || !op.getExtensions().containsKey("x-dana-style")) {
                missing.add(where + ": x-dana-style");
            }
            if (op.getRequestBody() != null) {
                op.getRequestBody().getContent().forEach((type, media) -> {
                    if (examples(media).isEmpty()) {
                        missing.add(where + ": request example");
                    }
                });
            }
            boolean anyResponseExample = false;
            for (Map.Entry<String, ApiResponse> response : op.getResponses().entrySet()) {
                if (response.getValue().getContent() == null) {
                    continue;
                }
                for (MediaType media : response.getValue().getContent().values()) {
                    if (examples(media).isEmpty()) {
                        missing.add(where + ": example for response " + response.getKey());
                    }
                    anyResponseExample = true;
                }
            }
            if (!anyResponseExample) {
                missing.add(where + ": response example");
            }
        });
        assertEquals(List.of(), missing, "missing in " + spec);
    }

    @ParameterizedTest
    @MethodSource("productSpecs")
    void everyExampleSatisfiesItsSchema(Path spec) {
        OpenAPI api = Specs.parse(spec).getOpenAPI();
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver());
        List<String> invalid = new ArrayList<>();
        forEachOperation(api, (id, op) -> {
            if (op.getParameters() != null) {
                for (Parameter p : op.getParameters()) {
                    if (p.getExample() != null) {
                        // a parameter's value travels as plain text, not as a JSON string literal
                        validator.validate(p.getExample().toString(), p.getSchema(), "example").getMessages()
                                .forEach(m -> invalid.add(id + " " + p.getName() + ": " + m.getMessage()));
                    }
                }
            }
            if (op.getRequestBody() != null) {
                op.getRequestBody().getContent().forEach((type, media) -> examples(media).forEach((name, value) ->
                        check(validator, value, media.getSchema(), id + " request example " + name, invalid)));
            }
            op.getResponses().forEach((status, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> examples(media).forEach((name, value) ->
                            check(validator, value, media.getSchema(),
                                    id + " response " + status + " example " + name, invalid)));
                }
            });
        });
        assertEquals(List.of(), invalid, "examples that break their own schema in " + spec);
    }

    private static void check(SchemaValidator validator, Object example, Schema<?> schema, String where,
                              List<String> invalid) {
        String json;
        try {
            json = JSON.writeValueAsString(example);
        } catch (IOException e) {
            invalid.add(where + ": not serializable");
            return;
        }
        ValidationReport report = validator.validate(json, schema, "example");
        report.getMessages().forEach(m -> invalid.add(where + ": " + m.getMessage()));
    }

    private static Map<String, Object> examples(MediaType media) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        if (media.getExample() != null) {
            values.put("example", media.getExample());
        }
        if (media.getExamples() != null) {
            for (Map.Entry<String, Example> e : media.getExamples().entrySet()) {
                values.put(e.getKey(), e.getValue().getValue());
            }
        }
        return values;
    }

    private static void walk(Schema<?> schema, String where, List<String> unbounded, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if ("string".equals(schema.getType())) {
            boolean isEnum = schema.getEnum() != null && !schema.getEnum().isEmpty();
            if (!isEnum && schema.getMaxLength() == null) {
                unbounded.add(where);
            }
            // the generators turn length keywords on an enum into @Size on a Java enum, which fails at runtime
            if (isEnum && (schema.getMaxLength() != null || schema.getMinLength() != null)) {
                unbounded.add(where + " (an enum must not carry minLength/maxLength)");
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((name, property) -> walk(property, where + "." + name, unbounded, seen));
        }
        if (schema.getItems() != null) {
            walk(schema.getItems(), where + "[]", unbounded, seen);
        }
        if (schema.getAdditionalProperties() instanceof Schema<?> extra) {
            walk(extra, where + ".*", unbounded, seen);
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (composed != null) {
                for (Schema<?> part : composed) {
                    walk(part, where, unbounded, seen);
                }
            }
        }
    }

    private static void collectRefs(JsonNode node, Path file, String at, List<String> dangling) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && !resolves(file, ref.asText())) {
                dangling.add(at + " -> " + ref.asText());
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                collectRefs(field.getValue(), file, at + "/" + field.getKey(), dangling);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRefs(node.get(i), file, at + "/" + i, dangling);
            }
        }
    }

    private static boolean resolves(Path file, String ref) {
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        Path targetFile = target.isEmpty() ? file : file.getParent().resolve(target).normalize();
        if (!Files.isRegularFile(targetFile)) {
            return false;
        }
        return pointer.isEmpty() || !tree(targetFile).at(pointer).isMissingNode();
    }

    private static JsonNode tree(Path file) {
        return TREES.computeIfAbsent(file.toAbsolutePath().normalize(), f -> {
            try {
                return YAML.readTree(f.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void forEachOperation(OpenAPI api, java.util.function.BiConsumer<String, Operation> action) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                action.accept(method + " " + path + " (" + op.getOperationId() + ")", op)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
