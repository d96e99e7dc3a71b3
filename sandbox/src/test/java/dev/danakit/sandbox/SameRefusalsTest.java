package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.testing.TestSigner;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The sandbox (DANA's twin) and the merchant's callback stubs (server-stubs' {@code DanaCallbacks} on an embedded
 * server) refuse alike, because both answer through dana-protocol. Each gets a request valid for its own operation
 * (the spec's example) with the same defect, and the two answers are compared byte for byte, except for what must
 * differ:
 * <ul>
 *   <li>timestamps ({@code X-TIMESTAMP}, {@code respTime}) and signatures: the merchant's stub signs its Open API
 *       answers with the merchant's key, the sandbox with DANA's; each signature is verified, then set aside;</li>
 *   <li>the operation's own identity: a SNAP code carries the service code of the operation refused (Finish Notify
 *       {@code 56} at the stub, Query Payment {@code 55} at the sandbox), an Open API head its function (Unbind
 *       Notify, Check Disbursement Account). Each is checked against the operation table, then masked. Operations
 *       of one style were chosen so that the same defect means the same thing on both sides: the same SNAP headers
 *       with the same bounds, the same Open API head.</li>
 * </ul>
 */
class SameRefusalsTest {

    private static final OperationTable TABLE = OperationTable.dana();
    private static final DanaOperation FINISH_NOTIFY = TABLE.operation("merchant-callbacks.yaml", "finishNotify");
    private static final DanaOperation QUERY_PAYMENT = TABLE.operation("payment-gateway.yaml", "queryPayment");
    private static final DanaOperation UNBIND_NOTIFY = TABLE.operation("merchant-callbacks.yaml", "unbindNotify");
    private static final DanaOperation MERCHANT_RESOURCE = TABLE.operation("merchant-management.yaml",
            "queryMerchantResource");

    private static RunningSandbox running;
    private static MerchantCallbackServer merchant;
    private static SandboxHttp merchantHttp;
    /** Signs what DANA sends to the merchant: with the sandbox's DANA key, which the merchant's stub trusts. */
    private static TestSigner dana;

    @BeforeAll
    static void start() {
        running = RunningSandbox.start();
        merchant = new MerchantCallbackServer(running.sandbox.danaKeys().publicKey(), running.merchant.keys.getPrivate());
        merchantHttp = new SandboxHttp(URI.create(merchant.finishNotifyUrl()).resolve("/"));
        dana = new TestSigner(running.sandbox.danaKeys().privateKey(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        merchant.close();
        running.close();
    }

    /**
     * The defects: a mandatory SNAP header ({@code X-EXTERNAL-ID}) or Open API head field ({@code reqMsgId}) left
     * out, one too long ({@code CHANNEL-ID}, {@code version}), a signature made with the wrong key, a body cut short.
     */
    enum Defect { MISSING_MANDATORY_FIELD, MALFORMED_FIELD, BAD_SIGNATURE, BODY_NOT_JSON }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void snapRefusalsAreTheSameAtTheStubAndAtTheSandbox(Defect defect) {
        HttpResponse<String> stub = snap(merchantHttp, FINISH_NOTIFY, dana, running.merchant.signer, defect);
        HttpResponse<String> sandbox = snap(running.http, QUERY_PAYMENT, running.merchant.signer, dana, defect);

        String code = switch (defect) {
            case MISSING_MANDATORY_FIELD -> "400xx02 Invalid Mandatory Field X-EXTERNAL-ID";
            case MALFORMED_FIELD -> "400xx01 Invalid Field Format CHANNEL-ID";
            case BAD_SIGNATURE -> "401xx00 Unauthorized. X-SIGNATURE does not match the signed content";
            case BODY_NOT_JSON -> "400xx00 Bad Request. body is not well-formed JSON";
        };
        String expected = "{\"responseCode\":\"" + code.substring(0, 7) + "\",\"responseMessage\":\""
                + code.substring(8) + "\"}";
        assertEquals(Integer.parseInt(code.substring(0, 3)), stub.statusCode(), stub.body());
        assertEquals(stub.statusCode(), sandbox.statusCode(), sandbox.body());
        assertEquals(stub.headers().firstValue("Content-Type"), sandbox.headers().firstValue("Content-Type"));
        assertTrue(stub.headers().firstValue(SnapHeaders.X_TIMESTAMP).isPresent(), "X-TIMESTAMP at the stub");
        assertTrue(sandbox.headers().firstValue(SnapHeaders.X_TIMESTAMP).isPresent(), "X-TIMESTAMP at the sandbox");
        assertEquals(expected, withoutServiceCode(stub.body(), FINISH_NOTIFY));
        assertEquals(expected, withoutServiceCode(sandbox.body(), QUERY_PAYMENT));
    }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void openApiRefusalsAreTheSameAtTheStubAndAtTheSandbox(Defect defect) {
        HttpResponse<String> stub = openApi(merchantHttp, UNBIND_NOTIFY, dana, running.merchant.signer, defect);
        HttpResponse<String> sandbox = openApi(running.http, MERCHANT_RESOURCE, running.merchant.signer, dana, defect);

        assertEquals(200, stub.statusCode(), stub.body());
        assertEquals(200, sandbox.statusCode(), sandbox.body());
        assertEquals(stub.headers().firstValue("Content-Type"), sandbox.headers().firstValue("Content-Type"));
        String stubValue = verified(stub, running.merchant.keys.getPublic(), UNBIND_NOTIFY);
        String sandboxValue = verified(sandbox, running.sandbox.danaKeys().publicKey(), MERCHANT_RESOURCE);
        assertEquals(stubValue, sandboxValue);
        String message = switch (defect) {
            case MISSING_MANDATORY_FIELD -> "Invalid Mandatory Field request.head.reqMsgId";
            case MALFORMED_FIELD -> "Invalid Field Format request.head.version";
            case BAD_SIGNATURE -> "Unauthorized. signature does not match the signed content";
            case BODY_NOT_JSON -> "Bad Request. body is not well-formed JSON";
        };
        assertTrue(stubValue.endsWith("\"body\":{\"resultInfo\":{\"resultStatus\":\"F\",\"resultCodeId\":\"00000004\","
                + "\"resultCode\":\"PARAM_ILLEGAL\",\"resultMsg\":\"" + message + "\"}}}"), stubValue);
    }

    private static HttpResponse<String> snap(SandboxHttp http, DanaOperation op, TestSigner signer, TestSigner forger,
            Defect defect) {
        byte[] body = defect == Defect.BODY_NOT_JSON ? utf8("{\"originalPartnerReferenceNo\":")
                : utf8(SpecExamples.request(op).toString());
        Map<String, String> headers = new HashMap<>(
                (defect == Defect.BAD_SIGNATURE ? forger : signer).snapHeaders("POST", op.path(), body));
        headers.put(SnapHeaders.X_PARTNER_ID, TestMerchant.CLIENT_ID);
        headers.put(SnapHeaders.X_EXTERNAL_ID, java.util.UUID.randomUUID().toString());
        headers.put(SnapHeaders.CHANNEL_ID, "95221");
        if (defect == Defect.MISSING_MANDATORY_FIELD) {
            headers.remove(SnapHeaders.X_EXTERNAL_ID);
        } else if (defect == Defect.MALFORMED_FIELD) {
            headers.put(SnapHeaders.CHANNEL_ID, "9".repeat(65)); // one over the 64 DANA accepts
        }
        return http.post(op.path(), headers, body);
    }

    private static HttpResponse<String> openApi(SandboxHttp http, DanaOperation op, TestSigner signer,
            TestSigner forger, Defect defect) {
        if (defect == Defect.BODY_NOT_JSON) {
            return http.post(op.path(), Map.of(), utf8("{\"request\":"));
        }
        ObjectNode value = (ObjectNode) SpecExamples.request(op).path(OpenApiEnvelope.REQUEST);
        ObjectNode head = (ObjectNode) value.path("head");
        // the identity both heads echo, so both answers can be compared
        head.put("clientId", TestMerchant.CLIENT_ID).put("reqMsgId", "same-request-message-id").put("reserve", "{}")
                .put("reqTime", signer.timestamp());
        if (value.path("body").has("requestMerchantId")) {
            ((ObjectNode) value.path("body")).put("requestMerchantId", TestMerchant.MERCHANT_ID);
        }
        if (defect == Defect.MISSING_MANDATORY_FIELD) {
            head.remove("reqMsgId");
        } else if (defect == Defect.MALFORMED_FIELD) {
            head.put("version", "2.0.0.0.0");
        }
        byte[] envelope = (defect == Defect.BAD_SIGNATURE ? forger : signer).openApiRequest(utf8(value.toString()));
        return http.post(op.path(), Map.of(), envelope);
    }

    /** The answer's SNAP code with its service code checked against the table, then masked. */
    private static String withoutServiceCode(String body, DanaOperation op) {
        String code = SandboxHttp.json(body).path("responseCode").asText();
        assertEquals(op.serviceCode(), code.substring(3, 5), body);
        return body.replace("\"responseCode\":\"" + code + "\"",
                "\"responseCode\":\"" + code.substring(0, 3) + "xx" + code.substring(5) + "\"");
    }

    /**
     * The signed value of an Open API answer: signature verified with the key of the side that answered, the
     * envelope checked to be {@code {"response":<value>,"signature":...}}, the function checked against the table,
     * then function and {@code respTime} masked.
     */
    private static String verified(HttpResponse<String> answer, PublicKey signer, DanaOperation op) {
        byte[] bytes = utf8(answer.body());
        String value = new String(new OpenApiVerifier(signer, Clock.systemUTC(), SnapTimestamp.DEFAULT_TOLERANCE)
                .verify(bytes, OpenApiEnvelope.RESPONSE), StandardCharsets.UTF_8);
        assertTrue(answer.body().startsWith("{\"response\":" + value + ",\"signature\":\""), answer.body());
        assertEquals(op.function(), SandboxHttp.json(value).at("/head/function").asText(), value);
        String respTime = SandboxHttp.json(value).at("/head/respTime").asText();
        return value.replace("\"function\":\"" + op.function() + "\"", "\"function\":\"-\"")
                .replace("\"respTime\":\"" + respTime + "\"", "\"respTime\":\"-\"");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
