package dev.danakit.callbacks.http;

import dev.danakit.protocol.answers.DanaAnswer;
import dev.danakit.protocol.refusals.ParameterNames;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JAX-RS side of dana-protocol's answers: a {@link DanaAnswer} as a {@link Response}, and header names of
 * the generated interfaces for the violations that concern headers.
 */
final class AnswerResponses {

    /** Names a violated resource method parameter by its {@code @HeaderParam}, e.g. {@code X-PARTNER-ID}. */
    static final ParameterNames HEADERS = parameter -> parameter.isAnnotationPresent(HeaderParam.class)
            ? parameter.getAnnotation(HeaderParam.class).value() : null;

    private AnswerResponses() {
    }

    /**
     * @param answer the answer's bytes, status and headers
     * @return it as a response
     */
    static Response of(DanaAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(answer.body());
        answer.headers().forEach(response::header);
        return response.build();
    }
}
