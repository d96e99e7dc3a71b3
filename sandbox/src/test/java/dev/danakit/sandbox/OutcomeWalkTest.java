package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationStyle;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.sandbox.outcomes.OutcomeRules;
import dev.danakit.sandbox.outcomes.OutcomeTable;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapTimestamp;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every documented outcome on demand: each input of the sandbox README's table (computed by {@link OutcomeTable}) is
 * sent over HTTP, as a valid signed request of its operation (the spec's example) with that input, and the answer
 * carries the row's code.
 */
class OutcomeWalkTest {

    private static final OperationTable TABLE = OperationTable.dana();
    private static final String ARMED = "`POST /sandbox/outcomes` ";

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    private static String customerToken;

    @BeforeAll
    static void bind() {
        customerToken = running.bindCustomer();
    }

    @TestFactory
    Stream<DynamicTest> everyInputOfTheTableGetsItsCode() {
        List<DynamicTest> tests = new ArrayList<>();
        List<OutcomeTable.Row> rows = OutcomeTable.rows(OutcomeRules.load(getClass().getClassLoader()),
                getClass().getClassLoader(), Sandbox.servedPaths());
        for (OutcomeTable.Row row : rows) {
            for (String input : row.inputs()) {
                if (!input.startsWith("any valid request")) {
                    tests.add(DynamicTest.dynamicTest(row.spec() + " " + row.operationId() + " " + row.code() + " by "
                            + input, () -> walk(row, input)));
                }
            }
        }
        assertTrue(tests.size() > 300, "only " + tests.size() + " inputs");
        return tests.stream();
    }

    private static void walk(OutcomeTable.Row row, String input) {
        DanaOperation op = TABLE.operation(row.spec(), row.operationId());
        ObjectNode example = SpecExamples.request(op);
        ObjectNode request = op.style() == OperationStyle.OPEN_API ? (ObjectNode) example.path("request").path("body")
                : example;
        if (input.startsWith(ARMED)) {
            String arming = input.substring(ARMED.length() + 1, input.length() - 1);
            HttpResponse<String> armed = running.http.post("/sandbox/outcomes", Map.of(), SandboxHttp.utf8(arming));
            assertEquals(201, armed.statusCode(), armed.body());
        } else {
            String field = input.substring(1, input.indexOf('`', 1));
            String value = input.contains(" starting `") ? between(input, " starting `", "`") + "-"
                    + UUID.randomUUID().toString().substring(0, 8) : between(input, "= `", "`");
            if (field.endsWith(".value")) {
                String amount = field.substring(0, field.length() - ".value".length());
                request.putObject(amount).put("value", value).put("currency", "IDR");
            } else {
                request.put(field, value);
            }
        }
        HttpResponse<String> answer = send(op, example);
        if (op.style() == OperationStyle.OPEN_API) {
            byte[] value = new OpenApiVerifier(running.sandbox.danaKeys().publicKey(), Clock.systemUTC(),
                    SnapTimestamp.DEFAULT_TOLERANCE).verify(SandboxHttp.utf8(answer.body()), OpenApiEnvelope.RESPONSE);
            JsonNode result = SandboxHttp.json(new String(value, StandardCharsets.UTF_8)).at("/body/resultInfo");
            assertEquals(row.code(), result.path("resultCode").asText(), answer.body());
        } else if (op.style() == OperationStyle.NICEPAY) {
            assertEquals(row.code(), SandboxHttp.json(answer).path("resultCd").asText(), answer.body());
        } else {
            assertEquals(Integer.parseInt(row.code().substring(0, 3)), answer.statusCode(), answer.body());
            assertEquals(row.code(), SandboxHttp.json(answer).path("responseCode").asText(), answer.body());
            assertEquals(row.message(), SandboxHttp.json(answer).path("responseMessage").asText(), answer.body());
        }
    }

    private static HttpResponse<String> send(DanaOperation op, ObjectNode example) {
        switch (op.style()) {
            case OPEN_API -> {
                ObjectNode value = (ObjectNode) example.path("request");
                ((ObjectNode) value.path("head")).put("clientId", TestMerchant.CLIENT_ID)
                        .put("reqTime", running.merchant.signer.timestamp());
                return running.http.post(op.path(), Map.of(),
                        running.merchant.signer.openApiRequest(SandboxHttp.utf8(value.toString())));
            }
            case SNAP_TOKEN -> {
                return running.http.post(op.path(), running.merchant.signer.accessTokenHeaders(TestMerchant.CLIENT_ID),
                        SandboxHttp.utf8(example.toString()));
            }
            case NICEPAY -> {
                return running.http.post(op.path(), Map.of(), SandboxHttp.utf8(example.toString()));
            }
            default -> {
                byte[] body = SandboxHttp.utf8(example.toString());
                Map<String, String> headers = new HashMap<>(running.snapHeaders(op.path(), body));
                headers.put("Authorization-Customer", "Bearer " + customerToken);
                headers.put("X-DEVICE-ID", "android-5f2b9c7e1a3d4f60");
                return running.http.post(op.path(), headers, body);
            }
        }
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start) + start.length();
        return text.substring(from, text.indexOf(end, from));
    }
}
