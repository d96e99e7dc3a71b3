package dev.danakit.callbacks.error;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.callbacks.CallbackEndpoint;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Objects;

/**
 * Writes every refusal and failure in the format of the one who called: SNAP
 * {@code {"responseCode","responseMessage"}}, a merchant-signed Open API envelope with {@code resultInfo}, or
 * NICEPAY {@code {"resultCd","resultMsg"}}. The only place that knows these codes.
 *
 * <p>Codes: SNAP {@code <http><service><case>} with {@code 401xx00 Unauthorized}, {@code 400xx00 Bad Request},
 * {@code 400xx01 Invalid Field Format}, {@code 400xx02 Invalid Mandatory Field}, {@code 405xx00} and the
 * retryable {@code 500xx00 General Error}. Open API (always HTTP 200): {@code F 00000004 PARAM_ILLEGAL}
 * for any refused request (including a bad signature: DANA documents no other failure code for notifications)
 * and the retryable {@code F 00000900 SYSTEM_ERROR}. NICEPAY: HTTP 400 {@code 9001} for a bad merchantToken
 * (from the spec), {@code 9002} for an invalid request and HTTP 200 {@code 9999} when not processed; the last two
 * are this kit's choice, as NICEPAY only documents that a code other than {@code 0000} makes it deliver again.
 */
public final class DanaAnswers {

    /** Open API result for a refused request. */
    public static final String PARAM_ILLEGAL = "PARAM_ILLEGAL";
    /** Open API result when the notification was not processed and should be delivered again. */
    public static final String SYSTEM_ERROR = "SYSTEM_ERROR";

    private static final int MAX_MESSAGE = 256;

    private final PrivateKey merchantPrivateKey;
    private final Clock clock;
    private final ObjectMapper echoReader;
    private final JsonFactory jsonFactory = OpenApiEnvelope.newJsonFactory();

    /**
     * @param merchantPrivateKey signs Open API answers, may be {@code null} if no Open API callback is served
     * @param clock stamps {@code respTime}
     * @param echoReader a mapper with stream limits, to read the head of a refused request
     */
    public DanaAnswers(PrivateKey merchantPrivateKey, Clock clock, ObjectMapper echoReader) {
        this.merchantPrivateKey = merchantPrivateKey;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.echoReader = Objects.requireNonNull(echoReader, "echoReader");
    }

    /**
     * The answer to a refused or unprocessed callback.
     *
     * @param endpoint the callback concerned
     * @param rejection what went wrong
     * @param rawBody the received body if it was read, to echo the Open API head; may be {@code null}
     * @return the HTTP response, body as bytes
     */
    public Response answer(CallbackEndpoint endpoint, CallbackRejection rejection, byte[] rawBody) {
        return switch (endpoint.style()) {
            case SNAP -> snap(endpoint.serviceCode(), rejection);
            case OPEN_API -> openApi(endpoint, rejection, rawBody);
            case NICEPAY -> nicepay(rejection);
        };
    }

    private Response snap(String service, CallbackRejection r) {
        String detail = r.detail() == null ? "" : r.detail();
        return switch (r.kind()) {
            case UNAUTHORIZED, INVALID_MERCHANT_TOKEN -> snapBody(401, service, "00", join("Unauthorized.", detail));
            case BAD_REQUEST -> snapBody(400, service, "00", join("Bad Request.", detail));
            case INVALID_FIELD_FORMAT -> snapBody(400, service, "01", join("Invalid Field Format", detail));
            case INVALID_MANDATORY_FIELD -> snapBody(400, service, "02", join("Invalid Mandatory Field", detail));
            case METHOD_NOT_ALLOWED -> snapBody(405, service, "00", "Requested Function Is Not Supported");
            case NOT_PROCESSED -> snapBody(500, service, "00", "General Error");
        };
    }

    /**
     * A SNAP body.
     *
     * @param status HTTP status
     * @param service two-digit service code
     * @param caseCode two-digit case code
     * @param message response message
     * @return the response
     */
    public Response snapBody(int status, String service, String caseCode, String message) {
        byte[] body = write(g -> {
            g.writeStartObject();
            g.writeStringField("responseCode", status + service + caseCode);
            g.writeStringField("responseMessage", clip(message));
            g.writeEndObject();
        });
        return json(status, body);
    }

    private Response nicepay(CallbackRejection r) {
        return switch (r.kind()) {
            case UNAUTHORIZED, INVALID_MERCHANT_TOKEN -> nicepayBody(400, "9001", "Invalid merchantToken");
            case NOT_PROCESSED -> nicepayBody(200, "9999", "Not processed, deliver again");
            default -> nicepayBody(400, "9002", join("Invalid request", r.detail() == null ? "" : r.detail()));
        };
    }

    /**
     * A NICEPAY body.
     *
     * @param status HTTP status
     * @param resultCd four-digit code
     * @param resultMsg message
     * @return the response
     */
    public Response nicepayBody(int status, String resultCd, String resultMsg) {
        byte[] body = write(g -> {
            g.writeStartObject();
            g.writeStringField("resultCd", resultCd);
            g.writeStringField("resultMsg", clip(resultMsg));
            g.writeEndObject();
        });
        return json(status, body);
    }

    private Response openApi(CallbackEndpoint endpoint, CallbackRejection r, byte[] rawBody) {
        boolean retry = r.kind() == CallbackRejection.Kind.NOT_PROCESSED;
        String codeId = retry ? "00000900" : "00000004";
        String code = retry ? SYSTEM_ERROR : PARAM_ILLEGAL;
        String message = retry ? "system error"
                : r.kind() == CallbackRejection.Kind.UNAUTHORIZED ? join("Unauthorized.", r.detail())
                : r.kind() == CallbackRejection.Kind.INVALID_MANDATORY_FIELD ? join("Invalid Mandatory Field", r.detail())
                : r.kind() == CallbackRejection.Kind.INVALID_FIELD_FORMAT ? join("Invalid Field Format", r.detail())
                : join("Bad Request.", r.detail());
        JsonNode head = echoHead(rawBody);
        byte[] value = write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("head");
            g.writeStringField("version", text(head, "version", 8, "2.0"));
            writeIfPresent(g, "function", text(head, "function", 128, endpoint.function()));
            writeIfPresent(g, "clientId", text(head, "clientId", 36, null));
            g.writeStringField("respTime", SnapTimestamp.now(clock));
            writeIfPresent(g, "reqMsgId", text(head, "reqMsgId", 64, null));
            g.writeEndObject();
            g.writeObjectFieldStart("body");
            g.writeObjectFieldStart("resultInfo");
            g.writeStringField("resultStatus", "F");
            g.writeStringField("resultCodeId", codeId);
            g.writeStringField("resultCode", code);
            g.writeStringField("resultMsg", clip(message));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
        if (merchantPrivateKey == null) {
            throw new IllegalStateException("an Open API callback needs the merchant private key");
        }
        return json(200, OpenApiEnvelope.signAndCompose(merchantPrivateKey, OpenApiEnvelope.RESPONSE, value));
    }

    /** Reads the request head of a refused envelope, if it can be read cheaply and safely. */
    private JsonNode echoHead(byte[] rawBody) {
        if (rawBody == null || rawBody.length == 0) {
            return null;
        }
        try {
            byte[] value = OpenApiEnvelope.signedValue(rawBody, OpenApiEnvelope.REQUEST);
            JsonNode head = echoReader.readTree(value).get("head");
            return head != null && head.isObject() ? head : null;
        } catch (IOException | RuntimeException e) {
            // Nothing to echo: the request is too broken, which is why it is being refused.
            return null;
        }
    }

    private static String text(JsonNode head, String field, int maxLength, String fallback) {
        JsonNode node = head == null ? null : head.get(field);
        if (node != null && node.isTextual() && !node.textValue().isEmpty() && node.textValue().length() <= maxLength) {
            return node.textValue();
        }
        return fallback;
    }

    private static void writeIfPresent(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static String join(String prefix, String detail) {
        return detail == null || detail.isEmpty() ? prefix : prefix + " " + detail;
    }

    private static String clip(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE);
    }

    private static Response json(int status, byte[] body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private interface JsonWriting {
        void writeTo(JsonGenerator g) throws IOException;
    }

    private byte[] write(JsonWriting writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = jsonFactory.createGenerator(out, JsonEncoding.UTF8)) {
            writing.writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
