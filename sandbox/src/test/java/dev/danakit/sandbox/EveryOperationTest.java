package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationStyle;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapTimestamp;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every DANA-side operation of every spec, called with its own spec request example, correctly signed:
 * each answers in DANA's format for that operation, and the ones that need no prior state succeed.
 */
class EveryOperationTest {

    /** Operations whose example request refers to state the sandbox does not have (a token, an order). */
    private static final Set<String> NEED_STATE = Set.of("applyOtt", "applyToken", "accountUnbinding", "queryPayment",
            "cancelOrder", "refundOrder", "balanceInquiry", "transactionHistoryList");

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @TestFactory
    Stream<DynamicTest> everyOperationAnswersInDanaFormat() {
        return OperationTable.dana().operations().stream()
                .filter(op -> !op.spec().equals("merchant-callbacks.yaml") && op.style() != OperationStyle.NICEPAY)
                .map(op -> DynamicTest.dynamicTest(op.spec() + " " + op.operationId(), () -> call(op)));
    }

    private static void call(DanaOperation op) throws Exception {
        JsonNode example = SpecExamples.request(op);
        HttpResponse<String> response = switch (op.style()) {
            case OPEN_API -> running.http.post(op.path(), Map.of(), openApiRequest(example));
            case SNAP_TOKEN -> running.http.post(op.path(), running.merchant.signer.accessTokenHeaders(TestMerchant.CLIENT_ID),
                    SandboxHttp.utf8(example.toString()));
            default -> snap(op, example);
        };
        assertTrue(response.statusCode() < 500, () -> response.statusCode() + " " + response.body());
        if (op.isSnap()) {
            String code = SandboxHttp.json(response).path("responseCode").asText();
            assertEquals(response.statusCode() + op.serviceCode(), code.substring(0, 5), response.body());
            if (!NEED_STATE.contains(op.operationId())) {
                assertEquals(2, response.statusCode() / 100, response.body());
            }
        } else {
            assertTrue(response.body().startsWith("{"), () -> op.operationId() + ": " + response.statusCode() + " " + response.body());
            byte[] value = new OpenApiVerifier(running.sandbox.danaKeys().publicKey(), Clock.systemUTC(),
                    SnapTimestamp.DEFAULT_TOLERANCE).verify(SandboxHttp.utf8(response.body()), OpenApiEnvelope.RESPONSE);
            JsonNode result = SandboxHttp.json(new String(value)).at("/body/resultInfo");
            assertEquals("S", result.path("resultStatus").asText(), response.body());
            assertEquals(op.function(), SandboxHttp.json(new String(value)).at("/head/function").asText());
        }
    }

    private static HttpResponse<String> snap(DanaOperation op, JsonNode example) {
        byte[] body = SandboxHttp.utf8(example.toString());
        Map<String, String> headers = new HashMap<>(running.snapHeaders(op.path(), body));
        headers.put("Authorization-Customer", "Bearer " + running.bindCustomer());
        headers.put("X-DEVICE-ID", "android-5f2b9c7e1a3d4f60");
        return running.http.post(op.path(), headers, body);
    }

    private static byte[] openApiRequest(JsonNode example) {
        ObjectNode value = (ObjectNode) example.path("request").deepCopy();
        ObjectNode head = (ObjectNode) value.path("head");
        head.put("clientId", TestMerchant.CLIENT_ID);
        head.put("reqTime", running.merchant.signer.timestamp());
        return running.merchant.signer.openApiRequest(SandboxHttp.utf8(value.toString()));
    }
}
