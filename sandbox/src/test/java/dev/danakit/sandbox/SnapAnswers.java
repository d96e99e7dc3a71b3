package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** Assertions on the SNAP answers a test receives over plain HTTP: the HTTP status and DANA's responseCode. */
final class SnapAnswers {

    private SnapAnswers() {
    }

    /** @return the body of an answer with this HTTP status and responseCode (the test fails otherwise) */
    static JsonNode assertCode(HttpResponse<String> answer, int status, String code) {
        assertEquals(status, answer.statusCode(), answer.body());
        JsonNode body = SandboxHttp.json(answer);
        assertEquals(code, body.path("responseCode").asText(), answer.body());
        return body;
    }

    /** @return the body of a {@code 200} answer with this responseCode (the test fails otherwise) */
    static JsonNode ok(HttpResponse<String> answer, String code) {
        return assertCode(answer, 200, code);
    }
}
