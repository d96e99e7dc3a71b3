package dev.danakit.contracts.verification;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.contracts.spec.SpecCatalog;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecOperation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks pact files against the specs, both ways a pact can drift: its example messages must be valid
 * requests and answers of the spec (swagger-request-validator), and its matching rules must be exactly
 * the rules the spec implies (the same {@link SpecMatchers} derivation, so a bound edited in a pact, or
 * a bound the spec no longer has, is reported). A negative interaction may break the spec in the one
 * place its description names ({@code <field> one character over its maxLength}, {@code mandatory <field> missing}).
 *
 * @param specs the specs the pacts must agree with
 */
public record PactSpecAgreement(SpecCatalog specs) {

    private static final Pattern TOO_LONG = Pattern.compile(": (\\S+) one character over its maxLength \\d+$");
    private static final Pattern MISSING = Pattern.compile(": mandatory (\\S+) missing$");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * @param pactFile a Pact V4 file
     * @return every divergence, one line each ({@code <pact> | <interaction> | <what>}); empty when they agree
     * @throws IOException if the file cannot be read
     */
    public List<String> divergences(Path pactFile) throws IOException {
        JsonNode pact = MAPPER.readTree(pactFile.toFile());
        List<SpecOperation> operations = specs.operations();
        Map<Path, OpenApiInteractionValidator> validators = new HashMap<>();
        List<String> divergences = new ArrayList<>();
        for (JsonNode interaction : pact.path("interactions")) {
            String where = pactFile.getFileName() + " | " + interaction.path("description").asText() + " | ";
            JsonNode request = interaction.path("request");
            JsonNode response = interaction.path("response");
            Optional<SpecOperation> found = operations.stream()
                    .filter(o -> o.method().equalsIgnoreCase(request.path("method").asText())
                            && o.path().equals(request.path("path").asText()))
                    .findFirst();
            if (found.isEmpty()) {
                divergences.add(where + "no operation " + request.path("method").asText() + " "
                        + request.path("path").asText() + " in the specs");
                continue;
            }
            SpecOperation op = found.get();
            Deviation allowed = Deviation.of(interaction.path("description").asText());
            OpenApiInteractionValidator validator = validators.computeIfAbsent(op.specFile(),
                    f -> OpenApiInteractionValidator.createForSpecificationUrl(f.toUri().toString()).build());
            for (ValidationReport.Message m : validator.validate(request(request), response(response)).getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR && !allowed.excuses(m)) {
                    divergences.add(where + m.getKey() + ": " + m.getMessage());
                }
            }
            rules(where + "request ", request, op.requestSchema(), allowed, divergences);
            op.answers().stream().filter(a -> a.status() == response.path("status").asInt()).findFirst().ifPresentOrElse(
                    a -> rules(where + "response ", response, a.schema(), Deviation.NONE, divergences),
                    () -> divergences.add(where + "status " + response.path("status").asInt() + " is not documented"));
            headerRules(where, request, op, divergences);
        }
        return divergences;
    }

    /** The deviation a negative interaction's description announces. */
    private record Deviation(String field, String validatorKey) {
        static final Deviation NONE = new Deviation(null, null);

        static Deviation of(String description) {
            Matcher tooLong = TOO_LONG.matcher(description);
            if (tooLong.find()) {
                return new Deviation(tooLong.group(1), "validation.request.body.schema.maxLength");
            }
            Matcher missing = MISSING.matcher(description);
            return missing.find() ? new Deviation(missing.group(1), "validation.request.body.schema.required") : NONE;
        }

        boolean excuses(ValidationReport.Message m) {
            if (field == null || !m.getKey().equals(validatorKey)) {
                return false;
            }
            String name = field.substring(field.lastIndexOf('.') + 1);
            return validatorKey.endsWith("maxLength")
                    ? m.getMessage().contains("[Path '/" + field.replace('.', '/') + "']")
                    : m.getMessage().contains("\"" + name + "\"");
        }
    }

    private static void rules(String where, JsonNode message, Schema<?> schema, Deviation allowed, List<String> out) {
        JsonNode body = message.path("body").path("content");
        message.path("matchingRules").path("body").fields().forEachRemaining(rule -> {
            String path = rule.getKey();
            List<String> regexes = regexes(rule.getValue());
            if (regexes.isEmpty() || path.equals("$." + allowed.field())) {
                return; // type rules of free-form objects; the deliberately broken field
            }
            try {
                // a regex rule is a string's: of a string-or-object value (head.reserve) the string form is meant
                Schema<?> field = SpecMatchers.branchFor(schemaAt(schema, body, path),
                        com.fasterxml.jackson.databind.node.TextNode.valueOf(""));
                List<String> expected = SpecMatchers.stringRegexes(field.getType() != null && field.getType().equals("array")
                        ? field.getItems() : field, path);
                if (!expected.equals(regexes)) {
                    out.add(where + path + ": pact rules " + regexes + " but the spec implies " + expected);
                }
            } catch (IllegalStateException e) {
                out.add(where + e.getMessage());
            }
        });
    }

    private static void headerRules(String where, JsonNode request, SpecOperation op, List<String> out) {
        request.path("matchingRules").path("header").fields().forEachRemaining(rule -> {
            Optional<Parameter> header = op.headers().stream().filter(h -> h.getName().equalsIgnoreCase(rule.getKey())).findFirst();
            if (header.isPresent()) {
                try {
                    List<String> expected = SpecMatchers.headerRegexes(header.get());
                    if (!expected.equals(regexes(rule.getValue()))) {
                        out.add(where + "header " + rule.getKey() + ": pact rules " + regexes(rule.getValue())
                                + " but the spec implies " + expected);
                    }
                } catch (IllegalStateException e) {
                    out.add(where + "header " + rule.getKey() + ": " + e.getMessage());
                }
            }
        });
    }

    private static List<String> regexes(JsonNode group) {
        List<String> regexes = new ArrayList<>();
        group.path("matchers").forEach(m -> {
            if ("regex".equals(m.path("match").asText())) {
                regexes.add(m.path("regex").asText());
            }
        });
        return regexes;
    }

    /** Walks {@code $.a.b[*].c} down the schema, choosing oneOf branches by the pact's own example. */
    @SuppressWarnings("rawtypes")
    private static Schema<?> schemaAt(Schema<?> root, JsonNode example, String path) {
        Schema<?> schema = root;
        JsonNode node = example;
        for (String step : path.substring(2).split("\\.")) {
            boolean each = step.endsWith("[*]");
            String name = each ? step.substring(0, step.length() - 3) : step;
            Map<String, Schema> properties = node.isObject()
                    ? SpecMatchers.properties(schema, (ObjectNode) node) : Map.of();
            schema = properties.get(name);
            if (schema == null) {
                throw new IllegalStateException("no property " + name + " in the spec");
            }
            node = node.path(name);
            if (each) {
                schema = schema.getItems();
                node = node.path(0);
            }
        }
        return schema;
    }

    private static SimpleRequest request(JsonNode request) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(request.path("method").asText(), request.path("path").asText());
        request.path("headers").fields().forEachRemaining(h -> h.getValue().forEach(v -> builder.withHeader(h.getKey(), v.asText())));
        if (request.path("body").has("content")) {
            builder.withBody(request.path("body").path("content").toString());
        }
        return builder.build();
    }

    private static SimpleResponse response(JsonNode response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.path("status").asInt());
        response.path("headers").fields().forEachRemaining(h -> h.getValue().forEach(v -> builder.withHeader(h.getKey(), v.asText())));
        if (response.path("body").has("content")) {
            builder.withBody(response.path("body").path("content").toString());
        }
        return builder.build();
    }
}
