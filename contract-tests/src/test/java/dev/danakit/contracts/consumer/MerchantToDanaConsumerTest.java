package dev.danakit.contracts.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import au.com.dius.pact.consumer.ConsumerPactRunnerKt;
import au.com.dius.pact.consumer.PactVerificationResult;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.model.MockProviderConfig;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.support.json.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.http.RetryPolicy;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.contracts.spec.SpecCatalog;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecOperation;
import dev.danakit.contracts.spec.SpecOperation.DocumentedAnswer;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.testing.TestKeyPairs;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Client → DANA: for every operation the generated client has, one interaction per answer the spec
 * documents (the success and each documented error, with its exact responseCode or resultInfo). The
 * merchant's {@link DanaClient} (Bean Validation, signing filter, response signature check) talks to the
 * Pact mock server; the pacts land in {@code target/pacts/merchant-backend-<provider>.json}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MerchantToDanaConsumerTest {

    static final String CONSUMER = "merchant-backend";

    private final KeyPair merchantKeys = TestKeyPairs.rsa2048();
    private final KeyPair danaKeys = TestKeyPairs.rsa2048();
    private final SpecCatalog specs = SpecCatalog.shipped();
    private final String partnerId = specs.headerExample("X-PARTNER-ID").orElseThrow();
    private final String channelId = specs.headerExample("CHANNEL-ID").orElseThrow();
    /** One port for every mock server of this class, so one client per clock serves all interactions. */
    private final int mockServerPort = freePort();
    private final Map<Clock, DanaClient> clients = new ConcurrentHashMap<>();
    private final String clientSecret = specs.danaSide().stream()
            .map(o -> SpecMatchers.tree(o.requestExample()).path("request").path("head").path("clientSecret"))
            .filter(JsonNode::isTextual).map(JsonNode::asText).findFirst().orElseThrow();

    @BeforeAll
    void startFromNoPact() throws IOException {
        PactFiles.deleteOf(CONSUMER);
    }

    @AfterAll
    void closeClients() {
        clients.values().forEach(DanaClient::close);
    }

    /** @return the mock server configuration every interaction of this class uses */
    MockProviderConfig mockServer() {
        return MockProviderConfig.httpConfig("127.0.0.1", mockServerPort, PactSpecVersion.V4);
    }

    /**
     * @param clock the client's clock
     * @return the merchant's client for the mock server, made once per clock
     */
    DanaClient client(Clock clock) {
        return clients.computeIfAbsent(clock, c -> client("http://127.0.0.1:" + mockServerPort, c));
    }

    /** @return the specs under contract */
    SpecCatalog specs() {
        return specs;
    }

    @TestFactory
    Stream<DynamicContainer> everyDanaSideOperationAndDocumentedAnswer() {
        List<SpecOperation> operations = specs.danaSide();
        assertFalse(operations.isEmpty(), "no DANA-side operation found: is the generated client on the classpath?");
        return operations.stream().map(op -> DynamicContainer.dynamicContainer(op.toString(),
                op.answers().stream().map(answer -> DynamicTest.dynamicTest(answer.summary(), () -> verify(op, answer)))));
    }

    /** @return the provider name of a DANA-side spec: one per product, e.g. dana-widget, nicepay-payloan */
    static String provider(SpecOperation op) {
        return op.product().startsWith("nicepay") ? op.product() : "dana-" + op.product();
    }

    /**
     * @param op an operation
     * @return the headers in the contract: the required ones and those the generated method takes
     */
    static List<Parameter> contractHeaders(SpecOperation op, GeneratedClientCall call) {
        return op.headers().stream().filter(h -> Boolean.TRUE.equals(h.getRequired()) || call.takesHeader(h)).toList();
    }

    /**
     * @param mockServerUrl where the client sends
     * @param clock the client's clock
     * @return a merchant's client configured from the spec's header examples (partner id, channel id)
     */
    private DanaClient client(String mockServerUrl, Clock clock) {
        DanaClientConfig.Builder config = DanaClientConfig.builder()
                .baseUrl(URI.create(mockServerUrl)).nicepayBaseUrl(URI.create(mockServerUrl))
                .merchantPrivateKey(merchantKeys.getPrivate()).danaPublicKey(danaKeys.getPublic())
                .partnerId(partnerId).channelId(channelId).clientSecret(clientSecret)
                .retryPolicy(RetryPolicy.none()).clock(clock);
        return DanaClient.create(config.build());
    }

    private void verify(SpecOperation op, DocumentedAnswer answer) {
        GeneratedClientCall call = GeneratedClientCall.of(op).orElseThrow();
        JsonNode requestExample = SpecMatchers.tree(op.requestExample());
        JsonNode answerExample = SpecMatchers.tree(answer.example());
        PactDslJsonBody answerBody = signedLikeDana(answer, answerExample, op.id());
        var pact = Interactions.pact(new Interactions.Spec(CONSUMER, provider(op),
                op.id() + " answers " + answer.summary(),
                op.id() + ": " + answer.summary(),
                op.method(), op.path(), contractHeaders(op, call), Map.of(),
                SpecMatchers.body(op.requestSchema(), requestExample, op.id() + " request"),
                answer.status(), answerBody));

        PactVerificationResult result = ConsumerPactRunnerKt.runConsumerTest(pact, mockServer(), (server, context) -> {
            Outcome<Object> outcome = call.invoke(client(clockOf(answerExample)), requestExample);
            assertEquals(AnswerCode.documented(answer.status(), answerExample),
                    AnswerCode.decoded(outcome.httpStatus(), outcome.code(), "open-api".equals(op.style())),
                    outcome::toString);
            return null;
        });
        assertInstanceOf(PactVerificationResult.Ok.class, result, result::toString);
    }

    /**
     * An Open API answer carries DANA's signature over the exact bytes of its {@code response} value; the
     * client checks it, so the contract's example is signed over the bytes the mock server will send.
     */
    private PactDslJsonBody signedLikeDana(DocumentedAnswer answer, JsonNode example, String context) {
        PactDslJsonBody body = SpecMatchers.body(answer.schema(), example, context + " " + answer.name());
        if (!example.has(OpenApiEnvelope.RESPONSE)) {
            return body;
        }
        JsonValue value = ((JsonValue.Object) body.getBody()).get(OpenApiEnvelope.RESPONSE);
        String signature = OpenApiEnvelope.sign(danaKeys.getPrivate(), value.serialise().getBytes(StandardCharsets.UTF_8));
        ((ObjectNode) example).put(OpenApiEnvelope.SIGNATURE, signature);
        return SpecMatchers.body(answer.schema(), example, context + " " + answer.name());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The client checks respTime against its clock: stand at the moment the spec's example was answered. */
    private static Clock clockOf(JsonNode answerExample) {
        JsonNode respTime = answerExample.path(OpenApiEnvelope.RESPONSE).path("head").path("respTime");
        return respTime.isTextual()
                ? Clock.fixed(SnapTimestamp.parse(respTime.asText()), ZoneOffset.UTC)
                : Clock.systemUTC();
    }
}
