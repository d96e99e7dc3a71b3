package dev.danakit.contracts.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * What an answer means to the merchant, in the three dialects: SNAP {@code responseCode}, Open API
 * {@code resultInfo}, NICEPAY {@code resultCd}. Comparing the outcome the client saw with the one the
 * spec documents proves the client read the contract's answer, not just that a request went out.
 *
 * @param statusClass HTTP status class (2 for 2xx, 4 for 4xx, ...)
 * @param code the responseCode / resultInfo / resultCd, whichever the body carries
 */
record Outcome(int statusClass, JsonNode code) {

    static Outcome of(int status, JsonNode body) {
        return new Outcome(status / 100, code(body));
    }

    /**
     * @param mapper the client's mapper
     * @param received the generated model returned, or an {@link ErrorAnswer}
     * @return the outcome
     */
    static Outcome of(ObjectMapper mapper, Object received) {
        if (received instanceof ErrorAnswer error) {
            try {
                return of(error.status(), mapper.readTree(error.body()));
            } catch (JsonProcessingException e) {
                throw new AssertionError("the answer is not JSON: " + error.body(), e);
            }
        }
        return of(200, mapper.valueToTree(received));
    }

    private static JsonNode code(JsonNode body) {
        for (JsonNode candidate : new JsonNode[] {body.path("responseCode"), body.path("resultCd"),
                body.path("response").path("body").path("resultInfo")}) {
            if (!candidate.isMissingNode()) {
                return candidate;
            }
        }
        return MissingNode.getInstance();
    }

    /**
     * A non-2xx answer as the generated client reports it (each product has its own ApiException class).
     *
     * @param status HTTP status
     * @param body raw body
     */
    record ErrorAnswer(int status, String body) {

        static ErrorAnswer of(Throwable thrown) {
            try {
                return new ErrorAnswer((Integer) thrown.getClass().getMethod("getCode").invoke(thrown),
                        (String) thrown.getClass().getMethod("getResponseBody").invoke(thrown));
            } catch (ReflectiveOperationException notAnApiException) {
                throw new AssertionError("the client failed instead of reporting DANA's answer", thrown);
            }
        }
    }
}
