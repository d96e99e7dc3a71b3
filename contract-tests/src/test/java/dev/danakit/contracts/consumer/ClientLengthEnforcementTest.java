package dev.danakit.contracts.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.ConsumerPactRunnerKt;
import au.com.dius.pact.consumer.PactVerificationResult;
import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.client.outcome.RequestValidationException;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecMatchers.BoundedField;
import dev.danakit.contracts.spec.SpecOperation;
import dev.danakit.contracts.spec.SpecOperation.DocumentedAnswer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestFactory;

/**
 * Client-side enforcement: for every DANA-side operation, the spec's request with one field one character
 * over its maxLength is refused by the client before any HTTP call, with a violation naming the property.
 * The mock server expects the operation's success interaction and must report it as never received: had
 * any byte gone out, Pact would report a mismatch or an unexpected request instead.

 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientLengthEnforcementTest {

    private final MerchantToDanaConsumerTest consumer = new MerchantToDanaConsumerTest();

    @AfterAll
    void closeClients() {
        consumer.closeClients();
    }

    @TestFactory
    Stream<DynamicTest> aFieldOverItsMaxLengthNeverLeavesTheClient() {
        List<SpecOperation> operations = consumer.specs().danaSide();
        assertFalse(operations.isEmpty());
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> refused(op)));
    }

    /**
     * The field to overfill: the first length-bounded field the caller supplies without a pattern (so the
     * length is the only thing wrong). An Open API head is built by the client itself, so it is skipped.
     */
    static BoundedField callerField(SpecOperation op, JsonNode example) {
        return SpecMatchers.boundedStrings(op.requestSchema(), example).stream()
                .filter(f -> f.schema().getPattern() == null && f.schema().getEnum() == null)
                .filter(f -> !f.path().startsWith("request.head."))
                .findFirst().orElseThrow(() -> new AssertionError(op + ": no length-bounded field in the request example"));
    }

    private void refused(SpecOperation op) {
        GeneratedClientCall call = GeneratedClientCall.of(op).orElseThrow();
        JsonNode example = SpecMatchers.tree(op.requestExample());
        BoundedField field = callerField(op, example);
        field.overLength(example);
        DocumentedAnswer success = op.answers().get(0);
        var pact = Interactions.pact(new Interactions.Spec(MerchantToDanaConsumerTest.CONSUMER, "length-enforcement",
                "nothing", op.id() + " must not be called", op.method(), op.path(), List.of(), Map.of(),
                SpecMatchers.body(op.requestSchema(), SpecMatchers.tree(op.requestExample()), op.id()),
                success.status(), SpecMatchers.body(success.schema(), SpecMatchers.tree(success.example()), op.id())));

        PactVerificationResult result = ConsumerPactRunnerKt.runConsumerTest(pact, consumer.mockServer(), (server, context) -> {
            RequestValidationException refused = assertThrows(RequestValidationException.class,
                    () -> call.invoke(consumer.client(Clock.systemUTC()), example),
                    () -> op + ": " + field.path() + " over its maxLength " + field.maxLength() + " was not refused by the client");
            String property = field.path().replaceFirst("^request\\.body\\.", "");
            assertTrue(refused.propertyPaths().stream().anyMatch(p -> p.endsWith(property)),
                    () -> "expected a violation naming " + property + ", got " + refused.violations());
            assertEquals(1, refused.violations().size(), refused::getMessage);
            return null;
        });
        assertInstanceOf(PactVerificationResult.ExpectedButNotReceived.class, result, result::toString);
    }
}
