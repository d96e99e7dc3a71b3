package dev.danakit.protocol.answers;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.protocol.codes.ResponseCodeCatalog;
import dev.danakit.protocol.codes.ResponseCodeCatalogs;
import dev.danakit.protocol.operations.AnswerFormat;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusal.Kind;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Writes every answer in the format of the operation answered: SNAP {@code {"responseCode","responseMessage"}}
 * with {@code X-TIMESTAMP}, a signed Open API envelope with {@code resultInfo}, or NICEPAY
 * {@code {"resultCd","resultMsg"}}. The callback stubs and the sandbox both answer through it, so a refusal looks
 * the same wherever it is produced. Thread-safe.
 *
 * <p>Refusals, by kind:
 * <table>
 * <caption>codes per format</caption>
 * <tr><th>kind</th><th>SNAP</th><th>Open API (HTTP 200)</th><th>NICEPAY</th></tr>
 * <tr><td>unauthorized</td><td>401xx00 {@code Unauthorized. <reason>}</td><td rowspan="5">F 00000004
 *     PARAM_ILLEGAL, the SNAP message</td><td>400 9001</td></tr>
 * <tr><td>bad request</td><td>400xx00 {@code Bad Request. <reason>}</td><td>400 9002</td></tr>
 * <tr><td>malformed field</td><td>400xx01 {@code Invalid Field Format <field>}</td><td>400 9002</td></tr>
 * <tr><td>missing field</td><td>400xx02 {@code Invalid Mandatory Field <field>}</td><td>400 9002</td></tr>
 * <tr><td>wrong method</td><td>405xx00</td><td>400 9002</td></tr>
 * <tr><td>not processed</td><td>500xx00 {@code General Error}</td><td>SYSTEM_ERROR 00000900 with the
 *     operation's own status from the catalogue (U for DANA's operations, F for Unbind Notify)</td>
 *     <td>200 9999</td></tr>
 * </table>
 * {@code xx} is the operation's service code. Messages are cut to what each format allows: 150 characters
 * (SNAP responseMessage), 256 (Open API resultMsg), 255 (NICEPAY resultMsg).
 */
public final class DanaAnswers {

    /** Longest SNAP {@code responseMessage} (components/snap.yaml ResponseMessage). */
    public static final int MAX_SNAP_MESSAGE = 150;
    /** Longest Open API {@code resultMsg} (components/open-api.yaml). */
    public static final int MAX_OPEN_API_MESSAGE = 256;
    /** Longest NICEPAY {@code resultMsg} (nicepay-payloan.yaml ResultMsg). */
    public static final int MAX_NICEPAY_MESSAGE = 255;
    /** SNAP's message of a {@code 200xx00} answer. */
    public static final String SUCCESSFUL = "Successful";
    /** Open API result of a refused request. */
    public static final String PARAM_ILLEGAL = "PARAM_ILLEGAL";
    /** Open API result of a request that was not processed. */
    public static final String SYSTEM_ERROR = "SYSTEM_ERROR";

    private static final String PARAM_ILLEGAL_ID = "00000004";
    private static final String SYSTEM_ERROR_ID = "00000900";

    private final PrivateKey openApiKey;
    private final Clock clock;
    private final ResponseCodeCatalog catalog;
    private final JsonFactory json = OpenApiEnvelope.newJsonFactory();
    private final ObjectMapper headReader = new ObjectMapper(OpenApiEnvelope.newJsonFactory());

    /**
     * @param openApiKey signs Open API answers (the merchant's key in the callback stubs, DANA's in the sandbox);
     *     may be {@code null} when no Open API operation is answered
     * @param clock stamps {@code X-TIMESTAMP} and {@code respTime}
     * @param catalog gives each operation's own result codes (e.g. the status of {@code SYSTEM_ERROR})
     */
    public DanaAnswers(PrivateKey openApiKey, Clock clock, ResponseCodeCatalog catalog) {
        this.openApiKey = openApiKey;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * With the catalogue dana-api ships.
     *
     * @param openApiKey signs Open API answers, may be {@code null}
     * @param clock stamps the answers
     */
    public DanaAnswers(PrivateKey openApiKey, Clock clock) {
        this(openApiKey, clock, ResponseCodeCatalogs.shipped());
    }

    /**
     * The answer to a refused or unprocessed request.
     *
     * @param operation the operation the request was sent to
     * @param refusal what went wrong
     * @param rawRequest the received body if it was read (an Open API answer echoes its head); may be {@code null}
     * @return the answer
     */
    public DanaAnswer refusal(DanaOperation operation, Refusal refusal, byte[] rawRequest) {
        return refusal(operation, refusal, operation.answerFormat() == AnswerFormat.OPEN_API
                ? requestHead(rawRequest) : null);
    }

    /**
     * The answer to a refused or unprocessed request whose Open API head was already read.
     *
     * @param operation the operation the request was sent to
     * @param refusal what went wrong
     * @param requestHead the received {@code request.head}, or {@code null}
     * @return the answer
     */
    public DanaAnswer refusal(DanaOperation operation, Refusal refusal, JsonNode requestHead) {
        Refusal.Code code = refusal.code().orElse(null);
        if (code != null && code.format() != operation.answerFormat()) {
            // A business code of another format cannot be written here: the server is at fault, not the caller.
            return refusal(operation, new Refusal(Kind.NOT_PROCESSED, null), requestHead);
        }
        return switch (operation.answerFormat()) {
            case SNAP -> code != null ? snap(operation, code.httpStatus(), code.code(), refusal.detail())
                    : snapRefusal(operation, refusal);
            case OPEN_API -> openApiRefusal(operation, refusal, OpenApiHead.answering(operation, requestHead, clock));
            case NICEPAY -> code != null ? nicepay(code.httpStatus(), code.code(), refusal.detail())
                    : nicepayRefusal(refusal);
        };
    }

    /**
     * A SNAP answer.
     *
     * @param operation the operation answered (its service code)
     * @param httpStatus the HTTP status, the first three digits of the code
     * @param caseCode the two-digit case code
     * @param message the responseMessage (cut to {@value #MAX_SNAP_MESSAGE} characters)
     * @return {@code {"responseCode":"<status><service><case>","responseMessage":...}} with {@code X-TIMESTAMP}
     */
    public DanaAnswer snap(DanaOperation operation, int httpStatus, String caseCode, String message) {
        byte[] body = write(g -> {
            g.writeStartObject();
            g.writeStringField("responseCode", responseCode(operation, httpStatus, caseCode));
            g.writeStringField("responseMessage", clip(message, MAX_SNAP_MESSAGE));
            g.writeEndObject();
        });
        return new DanaAnswer(httpStatus, body, Map.of(SnapHeaders.X_TIMESTAMP, SnapTimestamp.now(clock)));
    }

    /**
     * @param operation a SNAP operation
     * @param httpStatus the HTTP status
     * @param caseCode the two-digit case code
     * @return the seven-digit SNAP code, e.g. {@code 4014900}
     */
    public static String responseCode(DanaOperation operation, int httpStatus, String caseCode) {
        if (!operation.isSnap()) {
            throw new IllegalArgumentException(operation.operationId() + " is not a SNAP operation");
        }
        return httpStatus + operation.serviceCode() + caseCode;
    }

    /**
     * A signed Open API answer carrying only a result, as DANA answers failures (HTTP 200).
     *
     * @param operation the operation answered
     * @param head the head of the answer, see {@link #head}
     * @param resultStatus S, F, U or A
     * @param resultCodeId e.g. {@code 00000004}
     * @param resultCode e.g. {@code PARAM_ILLEGAL}
     * @param resultMsg the message (cut to {@value #MAX_OPEN_API_MESSAGE} characters)
     * @return the signed envelope
     */
    public DanaAnswer openApiResult(DanaOperation operation, OpenApiHead head, String resultStatus,
            String resultCodeId, String resultCode, String resultMsg) {
        if (openApiKey == null) {
            throw new IllegalStateException(operation.operationId() + ": an Open API answer needs a signing key");
        }
        byte[] value = write(g -> {
            g.writeStartObject();
            head.writeTo(g);
            g.writeObjectFieldStart("body");
            g.writeObjectFieldStart("resultInfo");
            g.writeStringField("resultStatus", resultStatus);
            g.writeStringField("resultCodeId", resultCodeId);
            g.writeStringField("resultCode", resultCode);
            g.writeStringField("resultMsg", clip(resultMsg, MAX_OPEN_API_MESSAGE));
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
        return new DanaAnswer(200, OpenApiEnvelope.signAndCompose(openApiKey, OpenApiEnvelope.RESPONSE, value),
                Map.of());
    }

    /**
     * A NICEPAY answer.
     *
     * @param httpStatus the HTTP status
     * @param resultCd the four-digit code
     * @param resultMsg the message (cut to {@value #MAX_NICEPAY_MESSAGE} characters)
     * @return {@code {"resultCd":...,"resultMsg":...}}
     */
    public DanaAnswer nicepay(int httpStatus, String resultCd, String resultMsg) {
        byte[] body = write(g -> {
            g.writeStartObject();
            g.writeStringField("resultCd", resultCd);
            g.writeStringField("resultMsg", clip(resultMsg, MAX_NICEPAY_MESSAGE));
            g.writeEndObject();
        });
        return new DanaAnswer(httpStatus, body, Map.of());
    }

    /**
     * @param operation the Open API operation answered
     * @param requestHead the received {@code request.head}, or {@code null}
     * @return the head of its answer, stamped now
     */
    public OpenApiHead head(DanaOperation operation, JsonNode requestHead) {
        return OpenApiHead.answering(operation, requestHead, clock);
    }

    /**
     * @param responseValue the exact bytes of an Open API {@code response} value
     * @return their base64 signature with the Open API key
     */
    public String sign(byte[] responseValue) {
        if (openApiKey == null) {
            throw new IllegalStateException("signing an Open API answer needs a signing key");
        }
        return OpenApiEnvelope.sign(openApiKey, responseValue);
    }

    /**
     * Reads the {@code request.head} of a received envelope, if it can be read cheaply and safely.
     *
     * @param rawRequest the received body, or {@code null}
     * @return the head, or {@code null} when there is none to read
     */
    public JsonNode requestHead(byte[] rawRequest) {
        if (rawRequest == null || rawRequest.length == 0) {
            return null;
        }
        try {
            JsonNode head = headReader.readTree(OpenApiEnvelope.signedValue(rawRequest, OpenApiEnvelope.REQUEST))
                    .get("head");
            return head != null && head.isObject() ? head : null;
        } catch (IOException | RuntimeException e) {
            // Nothing to echo: the request is too broken, which is why it is being refused.
            return null;
        }
    }

    private DanaAnswer snapRefusal(DanaOperation operation, Refusal refusal) {
        return switch (refusal.kind()) {
            case UNAUTHORIZED, INVALID_MERCHANT_TOKEN -> snap(operation, 401, "00", message(refusal));
            case BAD_REQUEST -> snap(operation, 400, "00", message(refusal));
            case INVALID_FIELD_FORMAT -> snap(operation, 400, "01", message(refusal));
            case INVALID_MANDATORY_FIELD -> snap(operation, 400, "02", message(refusal));
            case METHOD_NOT_ALLOWED -> snap(operation, 405, "00", "Requested Function Is Not Supported");
            case NOT_PROCESSED, CODED -> snap(operation, 500, "00", "General Error");
        };
    }

    private DanaAnswer openApiRefusal(DanaOperation operation, Refusal refusal, OpenApiHead head) {
        if (refusal.kind() == Kind.CODED) {
            Refusal.Code code = refusal.code().orElseThrow();
            return openApiResult(operation, head, "F", code.resultCodeId(), code.code(), refusal.detail());
        }
        if (refusal.kind() == Kind.NOT_PROCESSED) {
            // DANA's own operations answer U (unknown: query or retry); Unbind Notify documents F: the catalogue knows.
            var entry = catalog.entry(operation.operationId(), SYSTEM_ERROR);
            String status = entry.map(ResponseCodeCatalog.CatalogueEntry::resultStatus).orElse("U");
            String message = entry.map(ResponseCodeCatalog.CatalogueEntry::title).orElse("system error");
            return openApiResult(operation, head, status, SYSTEM_ERROR_ID, SYSTEM_ERROR, message);
        }
        return openApiResult(operation, head, "F", PARAM_ILLEGAL_ID, PARAM_ILLEGAL, message(refusal));
    }

    private DanaAnswer nicepayRefusal(Refusal refusal) {
        return switch (refusal.kind()) {
            case UNAUTHORIZED, INVALID_MERCHANT_TOKEN -> nicepay(400, "9001", "Invalid merchantToken");
            case NOT_PROCESSED, CODED -> nicepay(200, "9999", "System error");
            default -> nicepay(400, "9002", join("Invalid request", " ", refusal.detail()));
        };
    }

    /** The message of a refusal, the same words in every format: SNAP's titles, then the reason or field. */
    private static String message(Refusal refusal) {
        return switch (refusal.kind()) {
            case UNAUTHORIZED, INVALID_MERCHANT_TOKEN -> join("Unauthorized", ". ", refusal.detail());
            case INVALID_FIELD_FORMAT -> join("Invalid Field Format", " ", refusal.detail());
            case INVALID_MANDATORY_FIELD -> join("Invalid Mandatory Field", " ", refusal.detail());
            // a wrong method has a code of its own only in SNAP; elsewhere it is a bad request
            case BAD_REQUEST, METHOD_NOT_ALLOWED -> join("Bad Request", ". ", refusal.detail());
            case NOT_PROCESSED -> "General Error";
            case CODED -> refusal.detail();
        };
    }

    private static String join(String title, String separator, String detail) {
        return detail == null || detail.isEmpty() ? title : title + separator + detail;
    }

    private static String clip(String message, int max) {
        String text = message == null ? "" : message;
        return text.length() <= max ? text : text.substring(0, max);
    }

    private interface JsonWriting {
        void writeTo(JsonGenerator g) throws IOException;
    }

    private byte[] write(JsonWriting writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = json.createGenerator(out, JsonEncoding.UTF8)) {
            writing.writeTo(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
