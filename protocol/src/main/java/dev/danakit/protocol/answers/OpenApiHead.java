package dev.danakit.protocol.answers;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

/**
 * The {@code head} of an Open API answer, decided in this one place: DANA's version, the operation's function,
 * the request's {@code clientId}, {@code reqMsgId} and {@code reserve} echoed when they are valid (absent otherwise:
 * a refused request may not carry them), and the time of the answer.
 *
 * @param version {@code 2.0}, or the request's version
 * @param function the operation's {@code x-dana-function}
 * @param clientId the request's clientId, or {@code null}
 * @param respTime when the answer was made (SNAP timestamp, GMT+7)
 * @param reqMsgId the request's reqMsgId, or {@code null}
 * @param reserve the request's reserve, or {@code null}
 */
public record OpenApiHead(String version, String function, String clientId, String respTime, String reqMsgId,
        String reserve) {

    /** The Open API version DANA answers with. */
    public static final String VERSION = "2.0";
    /** Longest {@code version}, {@code clientId}, {@code reqMsgId} and {@code reserve} echoed (components/open-api.yaml). */
    static final int MAX_VERSION = 8;
    static final int MAX_CLIENT_ID = 36;
    static final int MAX_REQ_MSG_ID = 64;
    static final int MAX_RESERVE = 256;

    /**
     * Validates the parts.
     */
    public OpenApiHead {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(respTime, "respTime");
    }

    /**
     * @param operation the operation answered (its function)
     * @param version the request's version, or {@code null}
     * @param clientId the request's clientId, or {@code null}
     * @param reqMsgId the request's reqMsgId, or {@code null}
     * @param reserve the request's reserve, or {@code null}
     * @param clock stamps {@code respTime}
     * @return the head of the answer
     */
    public static OpenApiHead answering(DanaOperation operation, String version, String clientId, String reqMsgId,
            String reserve, Clock clock) {
        if (operation.function() == null) {
            throw new IllegalArgumentException(operation.operationId() + " is not an Open API operation");
        }
        String echoedVersion = valid(version, MAX_VERSION);
        return new OpenApiHead(echoedVersion == null ? VERSION : echoedVersion, operation.function(),
                valid(clientId, MAX_CLIENT_ID), SnapTimestamp.now(clock), valid(reqMsgId, MAX_REQ_MSG_ID),
                valid(reserve, MAX_RESERVE));
    }

    /**
     * @param operation the operation answered
     * @param requestHead the received {@code request.head}, or {@code null} when it could not be read
     * @param clock stamps {@code respTime}
     * @return the head of the answer
     */
    public static OpenApiHead answering(DanaOperation operation, JsonNode requestHead, Clock clock) {
        return answering(operation, text(requestHead, "version"), text(requestHead, "clientId"),
                text(requestHead, "reqMsgId"), text(requestHead, "reserve"), clock);
    }

    /**
     * Writes this head as the current object field {@code "head"}.
     *
     * @param g a generator positioned inside the response value object
     * @throws IOException from the generator
     */
    public void writeTo(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("head");
        g.writeStringField("version", version);
        g.writeStringField("function", function);
        writeIfPresent(g, "clientId", clientId);
        g.writeStringField("respTime", respTime);
        writeIfPresent(g, "reqMsgId", reqMsgId);
        writeIfPresent(g, "reserve", reserve);
        g.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static String text(JsonNode head, String field) {
        JsonNode node = head == null ? null : head.get(field);
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static String valid(String value, int maxLength) {
        return value != null && !value.isEmpty() && value.length() <= maxLength ? value : null;
    }
}
