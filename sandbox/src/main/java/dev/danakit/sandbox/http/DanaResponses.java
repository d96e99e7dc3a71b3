package dev.danakit.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.sandbox.spec.DanaOperation;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds answers in DANA's own formats: SNAP error bodies and signed Open API envelopes. */
public final class DanaResponses {

    private static final int MAX_MESSAGE = 150;

    private final ObjectMapper mapper;
    private final PrivateKey danaKey;
    private final Clock clock;

    public DanaResponses(ObjectMapper mapper, PrivateKey danaKey, Clock clock) {
        this.mapper = mapper;
        this.danaKey = danaKey;
        this.clock = clock;
    }

    /**
     * @param operation the operation answered (gives the service code)
     * @param httpStatus HTTP status
     * @param caseCode two-digit case code
     * @param message response message (cut to DANA's 150 characters)
     * @return {@code {"responseCode":..., "responseMessage":...}} with that status
     */
    public Response snap(DanaOperation operation, int httpStatus, String caseCode, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("responseCode", operation.responseCode(httpStatus, caseCode));
        body.put("responseMessage", message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message);
        return Response.status(httpStatus).type(MediaType.APPLICATION_JSON_TYPE)
                .header("X-TIMESTAMP", SnapTimestamp.now(clock)).entity(body).build();
    }

    /**
     * A signed Open API answer carrying only a result, as DANA sends for failures (HTTP 200).
     *
     * @param operation the operation answered (gives the function)
     * @param requestHead the received {@code request.head}, or {@code null} when it could not be read
     * @param status S, F, U or A
     * @param resultCodeId e.g. {@code 00000004}
     * @param resultCode e.g. {@code PARAM_ILLEGAL}
     * @param message result message
     * @return the signed envelope
     */
    public Response openApiResult(DanaOperation operation, JsonNode requestHead, String status, String resultCodeId,
                                  String resultCode, String message) {
        ObjectNode value = mapper.createObjectNode();
        value.set("head", responseHead(operation, requestHead));
        ObjectNode resultInfo = value.putObject("body").putObject("resultInfo");
        resultInfo.put("resultStatus", status);
        resultInfo.put("resultCodeId", resultCodeId);
        resultInfo.put("resultCode", resultCode);
        resultInfo.put("resultMsg", message);
        byte[] envelope = OpenApiEnvelope.signAndCompose(danaKey, OpenApiEnvelope.RESPONSE, bytes(value));
        return Response.ok(envelope, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * @param operation the operation answered
     * @param requestHead the received {@code request.head}
     * @return a response head echoing the request's client id and message id, stamped now
     */
    public ObjectNode responseHead(DanaOperation operation, JsonNode requestHead) {
        ObjectNode head = mapper.createObjectNode();
        head.put("version", "2.0");
        head.put("function", operation.function());
        JsonNode head0 = requestHead == null ? mapper.missingNode() : requestHead;
        head.put("clientId", head0.path("clientId").asText(""));
        head.put("respTime", SnapTimestamp.now(clock));
        head.put("reqMsgId", head0.path("reqMsgId").asText(""));
        head.put("reserve", "{}");
        return head;
    }

    /**
     * Signs a response value exactly as the JSON provider will write it (same mapper, same object).
     *
     * @param responseValue the {@code response} member
     * @return the base64 signature
     */
    public String signResponseValue(Object responseValue) {
        return OpenApiEnvelope.sign(danaKey, bytes(responseValue));
    }

    private byte[] bytes(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
