package dev.danakit.callbacks.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.TestKeys;
import dev.danakit.protocol.answers.DanaAnswer;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyRequest;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapVerifier;
import java.io.IOException;

/**
 * Fuzzes what a callback's raw bytes go through before any handler: envelope extraction, signature
 * verification, the head echo of refusals, and binding with the callback ObjectMapper. Invariants: only the
 * documented exceptions, no unsigned input ever verifies, every Jackson failure is a client error (never
 * "not processed"), every refusal is a merchant-signed envelope.
 *
 * <p>{@code mvn verify} replays the checked-in corpus under
 * {@code src/test/resources/dev/danakit/callbacks/http/CallbackInputFuzzTestInputs/}. A real fuzzing run:
 * {@code JAZZER_FUZZ=1 mvn -pl server-stubs -am test -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest='CallbackInputFuzzTest#envelopeExtraction' -Djazzer.hooks=true -Djazzer.max_duration=10m}, one method
 * per run (findings are written to the same Inputs directory and replayed from then on).
 */
class CallbackInputFuzzTest {

    private static final ObjectMapper MAPPER = CallbackObjectMapper.create(64 * 1024);
    private static final OpenApiVerifier OPEN_API = new OpenApiVerifier(TestKeys.DANA.getPublic(), Dana.CLOCK,
            Dana.TOLERANCE);
    private static final SnapVerifier SNAP = new SnapVerifier(TestKeys.DANA.getPublic(), Dana.CLOCK, Dana.TOLERANCE);
    private static final DanaAnswers ANSWERS = new DanaAnswers(TestKeys.MERCHANT.getPrivate(), Dana.CLOCK);
    private static final DanaOperation UNBIND = OperationTable.dana().byPath(Dana.UNBIND_PATH).orElseThrow();
    private static final OpenApiVerifier MERCHANT = new OpenApiVerifier(TestKeys.MERCHANT.getPublic(), Dana.CLOCK,
            Dana.TOLERANCE);

    @FuzzTest
    void envelopeExtraction(byte[] raw) {
        try {
            OpenApiEnvelope.Parsed parsed = OpenApiEnvelope.parse(raw, OpenApiEnvelope.REQUEST);
            if (parsed.value() != null) {
                // The signed value is a slice of what was received, never a re-serialisation.
                assertTrue(indexOf(raw, parsed.value()) >= 0, "value is not a slice of the body");
                assertEquals('{', parsed.value()[0]);
            }
        } catch (SignatureVerificationException expected) {
            // refused: the only acceptable failure
        }
        try {
            OPEN_API.verify(raw, OpenApiEnvelope.REQUEST);
        } catch (SignatureVerificationException expected) {
            return; // no fuzzer forges DANA's RSA signature: every input must end here
        }
        throw new AssertionError("an unsigned input verified");
    }

    @FuzzTest
    void snapVerification(FuzzedDataProvider data) {
        String timestamp = data.consumeString(40);
        String signature = data.consumeString(600);
        String path = data.consumeString(80);
        byte[] body = data.consumeRemainingAsBytes();
        try {
            SNAP.verify("POST", path, body, timestamp, signature);
        } catch (SignatureVerificationException expected) {
            return;
        }
        throw new AssertionError("an unsigned input verified");
    }

    @FuzzTest
    void refusalEchoesHeadSafely(byte[] raw) {
        DanaAnswer answer = ANSWERS.refusal(UNBIND, new Refusal(Refusal.Kind.BAD_REQUEST, null), raw);
        assertEquals(200, answer.status());
        MERCHANT.verify(answer.body(), OpenApiEnvelope.RESPONSE);
    }

    @FuzzTest
    void bindingFailuresAreClientErrors(byte[] raw) {
        try {
            CallbackVerificationFilter.checkText(raw); // what the filter lets through to Jackson
        } catch (Refusal refused) {
            assertEquals(Refusal.Kind.BAD_REQUEST, refused.kind());
            return;
        }
        for (Class<?> model : new Class<?>[] {FinishNotifyRequest.class, UnbindNotifyRequest.class,
            TokenDeactivatedNotification.class}) {
            try {
                MAPPER.readValue(raw, model);
            } catch (IOException e) {
                // Whatever Jackson throws for bytes the filter let through must be answered as a client error.
                Refusal rejection = CallbackExceptionMapping.rejectionFor(e);
                assertNotEquals(Refusal.Kind.NOT_PROCESSED, rejection.kind(), e.getClass().getName());
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
