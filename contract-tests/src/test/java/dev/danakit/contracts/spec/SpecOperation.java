package dev.danakit.contracts.spec;

import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationTable;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One operation of one spec, as the contract tests see it: where it lives, who answers it, what it sends
 * and every answer the spec documents with an example.
 *
 * @param specFile the spec file the operation comes from
 * @param spec the fully resolved spec
 * @param path the operation's path
 * @param method the HTTP method, upper case
 * @param operation the operation itself
 */
public record SpecOperation(Path specFile, OpenAPI spec, String path, String method, Operation operation) {

    /** @return the operationId, e.g. {@code applyOtt} */
    public String id() {
        return operation.getOperationId();
    }

    /** @return the first tag, which names the generated API class ({@code <Tag>Api}) */
    public String tag() {
        return operation.getTags().get(0);
    }

    /** @return the operation in the table generated from the specs: style, service code, function */
    public DanaOperation table() {
        return OperationTable.dana().byPath(path).orElseThrow(() -> new IllegalStateException(
                "the operation table has no " + path + ": dana-protocol was built from other specs"));
    }

    /** @return the {@code x-dana-style}: snap-b2b, snap-b2b2c, snap-token, open-api or nicepay */
    public String style() {
        return table().style().specValue();
    }

    /** @return the spec file's base name, e.g. {@code widget} for widget.yaml */
    public String product() {
        String name = specFile.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    /** @return the header parameters of the operation, in spec order */
    public List<Parameter> headers() {
        List<Parameter> headers = new ArrayList<>();
        if (operation.getParameters() != null) {
            for (Parameter p : operation.getParameters()) {
                if ("header".equals(p.getIn())) {
                    headers.add(p);
                }
            }
        }
        return headers;
    }

    /** @return the JSON schema of the request body */
    public Schema<?> requestSchema() {
        return json(operation.getRequestBody().getContent()).getSchema();
    }

    /** @return the request example: the first named example, or the media type's single example */
    public Object requestExample() {
        return firstExample(json(operation.getRequestBody().getContent()))
                .orElseThrow(() -> new IllegalStateException(id() + ": the request body has no example"));
    }

    /**
     * @return every named request example in spec order (an unnamed single example as {@code example}); the
     *     first is {@link #requestExample()}
     */
    public Map<String, Object> requestExamples() {
        MediaType media = json(operation.getRequestBody().getContent());
        Map<String, Object> examples = new LinkedHashMap<>();
        if (media.getExamples() != null) {
            media.getExamples().forEach((name, example) -> examples.put(name, example.getValue()));
        } else if (media.getExample() != null) {
            examples.put("example", media.getExample());
        }
        return examples;
    }

    /** @return every documented answer that has an example, in spec order (success first in the specs) */
    public List<DocumentedAnswer> answers() {
        List<DocumentedAnswer> answers = new ArrayList<>();
        for (Map.Entry<String, ApiResponse> r : operation.getResponses().entrySet()) {
            if (r.getValue().getContent() == null) {
                continue;
            }
            MediaType media = json(r.getValue().getContent());
            int status = Integer.parseInt(r.getKey());
            if (media.getExamples() != null) {
                media.getExamples().forEach((name, example) -> answers.add(new DocumentedAnswer(
                        status, name, example.getSummary() == null ? name : example.getSummary(),
                        media.getSchema(), example.getValue())));
            } else if (media.getExample() != null) {
                answers.add(new DocumentedAnswer(status, "example", r.getKey(), media.getSchema(), media.getExample()));
            }
        }
        return answers;
    }

    @Override
    public String toString() {
        return product() + " " + id();
    }

    private static Optional<Object> firstExample(MediaType media) {
        if (media.getExamples() != null && !media.getExamples().isEmpty()) {
            return Optional.ofNullable(media.getExamples().values().iterator().next().getValue());
        }
        return Optional.ofNullable(media.getExample());
    }

    private static MediaType json(io.swagger.v3.oas.models.media.Content content) {
        MediaType media = content.get("application/json");
        if (media == null) {
            throw new IllegalStateException("only application/json bodies are described by DANA: " + content.keySet());
        }
        return media;
    }

    /**
     * One answer the spec documents with an example.
     *
     * @param status HTTP status
     * @param name the example's key, e.g. {@code invalidFieldFormat}
     * @param summary the example's summary, e.g. {@code 4004901 Invalid Field Format}
     * @param schema the response body schema
     * @param example the example body (Jackson tree or plain maps, as swagger-parser gives it)
     */
    public record DocumentedAnswer(int status, String name, String summary, Schema<?> schema, Object example) {
    }
}
