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
import dev.danakit.contracts.spec.SpecCatalog;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecOperation;
import dev.danakit.contracts.spec.SpecOperation.DocumentedAnswer;
import dev.danakit.signing.testing.TestSigner;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Client → DANA: for every operation the generated client has, one interaction per answer the spec
 * documents (the success and each documented error, with its exact responseCode or resultInfo). The
 * generated Jersey client, with the signing filter on, talks to the Pact mock server; the pacts land in
 * {@code target/pacts/merchant-backend-<provider>.json}.
 */
class MerchantToDanaConsumerTest {

    static final String CONSUMER = "merchant-backend";

    private final TestSigner merchant = new TestSigner(newKey(), Clock.systemUTC());

    @TestFactory
    Stream<DynamicContainer> everyDanaSideOperationAndDocumentedAnswer() {
        List<SpecOperation> operations = SpecCatalog.shipped().danaSide();
        assertFalse(operations.isEmpty(), "no DANA-side operation found: is the generated client on the classpath?");
        return operations.stream().map(op -> DynamicContainer.dynamicContainer(op.toString(),
                op.answers().stream().map(answer -> DynamicTest.dynamicTest(answer.summary(), () -> verify(op, answer)))));
    }

    /** @return the provider name of a DANA-side spec: one per product, e.g. dana-widget, nicepay-payloan */
    static String provider(SpecOperation op) {
        return op.product().startsWith("nicepay") ? op.product() : "dana-" + op.product();
    }

    private void verify(SpecOperation op, DocumentedAnswer answer) {
        GeneratedClientCall call = GeneratedClientCall.of(op).orElseThrow();
        JsonNode requestExample = SpecMatchers.tree(op.requestExample());
        JsonNode answerExample = SpecMatchers.tree(answer.example());
        List<Parameter> headers = op.headers().stream().filter(h -> h.getRequired() || call.takesHeader(h)).toList();
        var pact = Interactions.pact(new Interactions.Spec(CONSUMER, provider(op),
                op.id() + " answers " + answer.summary(),
                op.id() + ": " + answer.summary(),
                op.method(), op.path(), headers, Map.of(),
                SpecMatchers.body(op.requestSchema(), requestExample, op.id() + " request"),
                answer.status(),
                SpecMatchers.body(answer.schema(), answerExample, op.id() + " " + answer.name())));

        ObjectMapper mapper = call.mapper();
        Map<String, String> merchantHeaders = op.headers().stream()
                .filter(h -> h.getRequired() && !call.takesHeader(h) && !h.getName().startsWith("X-SIGNATURE")
                        && !h.getName().equals("X-TIMESTAMP") && !h.getName().equals("X-EXTERNAL-ID"))
                .collect(Collectors.toMap(Parameter::getName, SpecMatchers::headerExample));
        PactVerificationResult result = ConsumerPactRunnerKt.runConsumerTest(pact,
                MockProviderConfig.httpConfig("127.0.0.1", 0, PactSpecVersion.V4), (server, context) -> {
                    Object received;
                    try {
                        received = call.invoke(server.getUrl(),
                                new MerchantSigningFilter(op.style(), merchant, mapper, merchantHeaders), requestExample);
                    } catch (Throwable refused) {
                        received = Outcome.ErrorAnswer.of(refused);
                    }
                    assertEquals(Outcome.of(answer.status(), answerExample), Outcome.of(mapper, received));
                    return null;
                });
        assertInstanceOf(PactVerificationResult.Ok.class, result, result::toString);
    }

    private static java.security.PrivateKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
