package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.spec.SuccessExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SNAP answers shaped by the spec's success example: the example, the request's fields that the response
 * also carries, then the twin's own values (references, statuses, times).
 */
public final class ExampleAnswers {

    /** Result fields, and additionalInfo, whose meaning differs between a request and its answer. */
    private static final Set<String> NOT_ECHOED = Set.of("responseCode", "responseMessage", "resultInfo", "additionalInfo");

    private final SuccessExamples examples;
    private final ObjectMapper mapper;

    public ExampleAnswers(SuccessExamples examples, ObjectMapper mapper) {
        this.examples = examples;
        this.mapper = mapper;
    }

    /**
     * @param call the call answered
     * @param request the request model
     * @param responseType the response model
     * @param values the twin's values; a {@code null} value removes the field
     * @param <T> the response model
     * @return the answer
     */
    public <T> T answer(DanaCall call, Object request, Class<T> responseType, Map<String, ?> values) {
        ObjectNode answer = example(call);
        echo(mapper.valueToTree(request), answer);
        values.forEach((name, value) -> {
            if (value == null) {
                answer.remove(name);
            } else {
                answer.set(name, mapper.valueToTree(value));
            }
        });
        try {
            return mapper.treeToValue(answer, responseType);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(call.operation().operationId() + ": example does not fit the model", e);
        }
    }

    /**
     * @param call the call answered
     * @return a fresh copy of the operation's success example
     */
    ObjectNode example(DanaCall call) {
        return (ObjectNode) examples.of(call.operation()).orElseThrow(() ->
                new IllegalStateException(call.operation().operationId() + " has no success example"));
    }

    /** Copies the request's values of the fields the answer has, except result fields. */
    static void echo(JsonNode request, ObjectNode answer) {
        List<String> names = new ArrayList<>();
        answer.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (!NOT_ECHOED.contains(name) && request.hasNonNull(name)) {
                answer.set(name, request.get(name));
            }
        }
    }

    /** @return the sandbox's mapper */
    ObjectMapper mapper() {
        return mapper;
    }
}
