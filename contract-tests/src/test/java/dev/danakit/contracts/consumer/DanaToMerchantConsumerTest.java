package dev.danakit.contracts.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import au.com.dius.pact.consumer.ConsumerPactRunnerKt;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.contracts.spec.SpecCatalog;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecMatchers.BoundedField;
import dev.danakit.contracts.spec.SpecOperation;
import dev.danakit.contracts.spec.SpecOperation.DocumentedAnswer;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.testing.TestKeyPairs;
import dev.danakit.signing.testing.TestSigner;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * DANA → merchant: for every callback the server stubs serve, four interactions (accepted, a field over
 * its maxLength, a mandatory field missing, a bad signature), each with the DANA-format answer the server
 * stubs give. The pact files are {@code dana-merchant-callbacks.json},
 * {@code dana-malformed-merchant-callbacks.json} (the malformed deliveries DANA's Open API answers with HTTP 200,
 * see {@link Delivery#partiesOf}) and {@code nicepay-merchant-nicepay-callbacks.json}; signatures are made at verification time (provider state
 * says whether to corrupt them), so the example signatures in the pact are placeholders.
 */
class DanaToMerchantConsumerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final TestSigner dana = new TestSigner(TestKeyPairs.rsa2048().getPrivate(), Clock.systemUTC());
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startFromNoPact() throws IOException {
        PactFiles.deleteOf("dana");
        PactFiles.deleteOf("nicepay");
    }

    @TestFactory
    Stream<DynamicContainer> everyCallbackInFourDeliveries() {
        List<SpecOperation> callbacks = SpecCatalog.shipped().callbacks();
        assertFalse(callbacks.isEmpty(), "no callback found: are the generated server stubs on the classpath?");
        return callbacks.stream().map(op -> DynamicContainer.dynamicContainer(op.toString(), Stream.concat(
                Arrays.stream(Delivery.values()).map(d -> DynamicTest.dynamicTest(d.name(),
                        () -> verify(op, d, null, op.requestExample()))),
                furtherExamples(op))));
    }

    /**
     * Every further request example is an accepted delivery too: that is how the production shapes the spec
     * admits (epoch times, objects as JSON text) become contract.
     */
    private Stream<DynamicTest> furtherExamples(SpecOperation op) {
        return op.requestExamples().entrySet().stream().skip(1).map(example -> DynamicTest.dynamicTest(
                "ACCEPTED " + example.getKey(), () -> verify(op, Delivery.ACCEPTED, example.getKey(), example.getValue())));
    }

    /**
     * @param example the name of the request example an accepted delivery sends, or null for the first
     * @return the description of one delivery; it names the field a negative delivery breaks, which is how
     *     the spec-agreement check knows the one deviation from the spec the interaction is allowed
     */
    static String description(SpecOperation op, Delivery delivery, BoundedField field, String example) {
        return switch (delivery) {
            case ACCEPTED -> op.id() + ": delivered and accepted" + (example == null ? "" : " (" + example + ")");
            case FIELD_TOO_LONG -> op.id() + ": " + field.path() + " one character over its maxLength " + field.maxLength();
            case MANDATORY_FIELD_MISSING -> op.id() + ": mandatory " + field.path() + " missing";
            case BAD_SIGNATURE -> op.id() + ": signature does not verify";
        };
    }

    private void verify(SpecOperation op, Delivery delivery, String exampleName, Object example) throws Exception {
        JsonNode request = SpecMatchers.tree(example);
        BoundedField field = delivery.field(op, request).orElse(null);
        Map<String, String> overrides = new HashMap<>();
        if (delivery == Delivery.FIELD_TOO_LONG) {
            field.overLength(request);
            overrides.put(field.path(), "^.{" + (field.maxLength() + 1) + ",}$");
        } else if (delivery == Delivery.MANDATORY_FIELD_MISSING) {
            field.removed(request);
        }
        Answer answer = answer(op, delivery, field);
        List<Parameter> headers = op.headers().stream().filter(h -> Boolean.TRUE.equals(h.getRequired())).toList();
        String[] parties = delivery.partiesOf(op);
        var pact = Interactions.pact(new Interactions.Spec(parties[0], parties[1], delivery.state(),
                description(op, delivery, field, exampleName), op.method(), op.path(), headers, Map.of(),
                SpecMatchers.body(op.requestSchema(), request, op.id() + " request", overrides),
                answer.status(),
                SpecMatchers.body(answer.schema(), answer.body(), op.id() + " answer")));

        PactVerificationResult result = ConsumerPactRunnerKt.runConsumerTest(pact,
                MockProviderConfig.httpConfig("127.0.0.1", 0, PactSpecVersion.V4), (server, context) -> {
                    HttpResponse<String> received = http.send(send(op, headers, request, server.getUrl()),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(answer.status(), received.statusCode());
                    assertEquals(AnswerCode.documented(answer.status(), answer.body()),
                            AnswerCode.documented(received.statusCode(), mapper.readTree(received.body())));
                    return null;
                });
        assertInstanceOf(PactVerificationResult.Ok.class, result, result::toString);
    }

    /** What the sender puts on the wire: the example's bytes, signed the way its style signs. */
    private HttpRequest send(SpecOperation op, List<Parameter> headers, JsonNode body, String baseUrl) throws Exception {
        byte[] bytes = mapper.writeValueAsBytes(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + op.path()))
                .header("Content-Type", "application/json");
        if (op.style().startsWith("snap")) {
            Map<String, String> signed = dana.snapHeaders(op.method(), op.path(), bytes);
            for (Parameter h : headers) {
                request.header(h.getName(), signed.getOrDefault(h.getName(), SpecMatchers.headerExample(h)));
            }
        } else if ("open-api".equals(op.style()) && body.has(OpenApiEnvelope.REQUEST)) {
            bytes = dana.openApiRequest(OpenApiEnvelope.signedValue(bytes, OpenApiEnvelope.REQUEST));
        }
        return request.method(op.method(), HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    /**
     * An expected answer.
     *
     * @param status HTTP status
     * @param schema body schema (from the spec)
     * @param body example body; its code is exact, its message (which names the field) is matched by bounds
     */
    record Answer(int status, Schema<?> schema, JsonNode body) {
    }

    /**
     * The answer the server stubs give, in DANA's error model: SNAP {@code <http><service><case>}, Open API
     * HTTP 200 with {@code F 00000004 PARAM_ILLEGAL}, NICEPAY {@code 9001} (merchantToken) or {@code 9002}.
     */
    private Answer answer(SpecOperation op, Delivery delivery, BoundedField field) {
        DocumentedAnswer accepted = op.answers().get(0);
        if (delivery == Delivery.ACCEPTED) {
            return new Answer(accepted.status(), accepted.schema(), SpecMatchers.tree(accepted.example()));
        }
        String detail = field == null ? "signature" : field.path();
        String message = delivery.messagePrefix() + " " + detail;
        switch (op.style()) {
            case "open-api" -> {
                ObjectNode body = (ObjectNode) SpecMatchers.tree(accepted.example());
                ObjectNode value = (ObjectNode) body.path(OpenApiEnvelope.RESPONSE).path("body");
                value.removeAll();
                value.putObject("resultInfo").put("resultStatus", "F").put("resultCodeId", "00000004")
                        .put("resultCode", "PARAM_ILLEGAL").put("resultMsg", message);
                return new Answer(200, accepted.schema(), body);
            }
            case "nicepay" -> {
                boolean token = delivery == Delivery.BAD_SIGNATURE;
                DocumentedAnswer refused = documented(op, 400);
                ObjectNode body = mapper.createObjectNode().put("resultCd", token ? "9001" : "9002")
                        .put("resultMsg", token ? "Invalid merchantToken" : "Invalid request " + detail);
                return new Answer(400, refused.schema(), body);
            }
            default -> {
                int status = delivery == Delivery.BAD_SIGNATURE ? 401 : 400;
                String caseCode = switch (delivery) {
                    case FIELD_TOO_LONG -> "01";
                    case MANDATORY_FIELD_MISSING -> "02";
                    default -> "00";
                };
                String service = op.table().serviceCode();
                ObjectNode body = mapper.createObjectNode().put("responseCode", status + service + caseCode)
                        .put("responseMessage", message);
                return new Answer(status, documented(op, status).schema(), body);
            }
        }
    }

    private static DocumentedAnswer documented(SpecOperation op, int status) {
        return op.answers().stream().filter(a -> a.status() == status).findFirst()
                .orElseThrow(() -> new AssertionError(op + " documents no " + status + " answer"));
    }
}
