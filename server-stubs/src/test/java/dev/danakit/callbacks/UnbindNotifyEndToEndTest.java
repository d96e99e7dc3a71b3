package dev.danakit.callbacks;

import static dev.danakit.callbacks.support.Dana.UNBIND_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.callbacks.delivery.ExactlyOnceUnbindNotify;
import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.RecordingUnbindNotify;
import dev.danakit.callbacks.support.TestKeys;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Unbind Notify through the whole stack on an embedded server: DANA signs, the merchant verifies and answers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnbindNotifyEndToEndTest {

    private final RecordingUnbindNotify handler = new RecordingUnbindNotify();
    private final InMemoryNotificationLedger ledger = new InMemoryNotificationLedger();
    @AutoClose
    private final CallbackServer server = new CallbackServer(Dana.callbacks(ledger).unbindNotify(handler).build());

    @Test
    void signedNotificationReachesTheHandlerOnceAndIsAnsweredWithASignedSuccess() {
        Answer answer = server.post(UNBIND_PATH, Map.of(), Dana.unbindEnvelope("msg-1"));

        JsonNode response = Dana.assertOpenApiAnswer(answer, "S", "SUCCESS");
        assertEquals(1, handler.calls("msg-1"));
        assertEquals("msg-1", response.path("head").path("reqMsgId").asText());
        assertEquals("dana.oauth.unbind.notify", response.path("head").path("function").asText());
        assertEquals(Dana.CLIENT_ID, response.path("head").path("clientId").asText());
        assertEquals("2026-11-21T12:00:00+07:00", response.path("head").path("respTime").asText());
        assertEquals("00000000", response.path("body").path("resultInfo").path("resultCodeId").asText());
        assertTrue(ledger.outcome(NotificationId.of(ExactlyOnceUnbindNotify.KIND, "msg-1")).isPresent());
    }

    @Test
    void answerSignatureCoversTheExactBytesSent() {
        Answer answer = server.post(UNBIND_PATH, Map.of(), Dana.unbindEnvelope("msg-bytes"));
        OpenApiVerifier merchantVerifier = new OpenApiVerifier(TestKeys.MERCHANT.getPublic(), Dana.CLOCK,
                Dana.TOLERANCE);
        merchantVerifier.verify(answer.body(), OpenApiEnvelope.RESPONSE);

        // One byte changed inside the signed value (a space added after the first colon) must fail.
        String text = answer.text();
        int colon = text.indexOf(':', text.indexOf("\"head\""));
        byte[] altered = (text.substring(0, colon + 1) + " " + text.substring(colon + 1))
                .getBytes(StandardCharsets.UTF_8);
        SignatureVerificationException e = assertThrows(SignatureVerificationException.class,
                () -> merchantVerifier.verify(altered, OpenApiEnvelope.RESPONSE));
        assertEquals(SignatureVerificationException.Reason.BAD_SIGNATURE, e.reason());
        // and the DANA key does not verify it: it is signed with the merchant's key
        assertThrows(SignatureVerificationException.class, () -> new OpenApiVerifier(TestKeys.DANA.getPublic(),
                Dana.CLOCK, Dana.TOLERANCE).verify(answer.body(), OpenApiEnvelope.RESPONSE));
    }

    @Test
    void redeliveryIsAcknowledgedWithoutRunningTheHandlerAgain() {
        byte[] envelope = Dana.unbindEnvelope("msg-2");
        Dana.assertOpenApiAnswer(server.post(UNBIND_PATH, Map.of(), envelope), "S", "SUCCESS");
        Answer again = server.post(UNBIND_PATH, Map.of(), envelope);

        Dana.assertOpenApiAnswer(again, "S", "SUCCESS");
        assertEquals(1, handler.calls("msg-2"));
    }

    @Test
    void forgedNotificationNeverReachesTheHandler() {
        byte[] forged = Dana.FORGER.openApiRequest(Dana.unbindValue("msg-forged"));
        Answer answer = server.post(UNBIND_PATH, Map.of(), forged);

        JsonNode response = Dana.assertOpenApiAnswer(answer, "F", "PARAM_ILLEGAL");
        assertEquals("Unauthorized. signature does not match the signed content",
                response.path("body").path("resultInfo").path("resultMsg").asText());
        assertEquals("msg-forged", response.path("head").path("reqMsgId").asText());
        assertEquals(0, handler.calls("msg-forged"));
    }

    @Test
    void staleNotificationNeverReachesTheHandler() {
        byte[] value = Dana.signedEnvelope("{\"head\":" + Dana.head("msg-stale").replace(Dana.SIGNER.timestamp(),
                Dana.SIGNER.timestamp(Duration.ofMinutes(-6))) + ",\"body\":" + Dana.unbindBody() + "}");
        Answer answer = server.post(UNBIND_PATH, Map.of(), value);

        JsonNode response = Dana.assertOpenApiAnswer(answer, "F", "PARAM_ILLEGAL");
        assertEquals("Unauthorized. reqTime is older than the tolerance window",
                response.path("body").path("resultInfo").path("resultMsg").asText());
        assertEquals(0, handler.calls("msg-stale"));
    }

    @Test
    void unsignedNotificationNeverReachesTheHandler() {
        byte[] unsigned = ("{\"request\":" + new String(Dana.unbindValue("msg-unsigned"), StandardCharsets.UTF_8)
                + "}").getBytes(StandardCharsets.UTF_8);
        Answer answer = server.post(UNBIND_PATH, Map.of(), unsigned);

        JsonNode response = Dana.assertOpenApiAnswer(answer, "F", "PARAM_ILLEGAL");
        assertEquals("Unauthorized. envelope has no signature string",
                response.path("body").path("resultInfo").path("resultMsg").asText());
        assertEquals(0, handler.calls("msg-unsigned"));
        assertFalse(Arrays.equals(unsigned, answer.body()));
    }
}
