package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.Notification;
import dev.danakit.callbacks.delivery.ExactlyOnceFinishNotify;
import dev.danakit.callbacks.delivery.ExactlyOnceUnbindNotify;
import dev.danakit.callbacks.delivery.VerifiedNicepayTokenNotification;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import dev.danakit.server.callbacks.model.ResultInfo;
import dev.danakit.server.callbacks.model.UnbindNotifyResponse;
import dev.danakit.server.callbacks.model.UnbindNotifyResponseBody;
import dev.danakit.server.callbacks.model.UnbindNotifyResponseValue;
import dev.danakit.server.nicepay.model.NicepayResult;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.CountingLedger;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.TestInstance;

/**
 * One merchant serving all three callbacks, attacked by one concern per subclass. After every case: no
 * handler ran and nothing was recorded in the ledger. Each answer must be in the sender's format, never 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class HostileInputTest {

    /** The body limit of this merchant: small, so the over-limit cases stay cheap. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    /** What the handlers received; they answer "not processed" so that nothing is ever recorded. */
    private final List<Notification<?>> delivered = new CopyOnWriteArrayList<>();
    private final CountingLedger ledger = new CountingLedger(new InMemoryNotificationLedger());
    @AutoClose
    final CallbackServer server = new CallbackServer(Dana.callbacks(ledger).maxBodyBytes(MAX_BODY_BYTES)
            .finishNotification(n -> {
                delivered.add(n);
                return new FinishNotifyResponse().responseCode("4045601").responseMessage("Transaction Not Found");
            })
            .unbindNotification(n -> {
                delivered.add(n);
                return new UnbindNotifyResponse().response(new UnbindNotifyResponseValue()
                        .body(new UnbindNotifyResponseBody().resultInfo(new ResultInfo()
                                .resultStatus(ResultInfo.ResultStatusEnum.F).resultCodeId("00000019")
                                .resultCode("PROCESS_FAIL").resultMsg("process fail"))));
            })
            .nicepayNotification(n -> {
                delivered.add(n);
                return new NicepayResult().resultCd("9999").resultMsg("not yet");
            }, Dana.NICEPAY_MERCHANT_KEY).build());

    @AfterEach
    void nothingReachedAHandlerOrTheLedger() {
        assertEquals(List.of(), delivered, "a handler ran");
        assertEquals(0, ledger.recorded(), "ledger changed");
    }

    /**
     * @param callback the callback
     * @param path a field path as the cases name it
     * @return whether the field identifies the notification or moves money (refused when wrong)
     */
    static boolean strict(Callback callback, String path) {
        return switch (callback) {
            case FINISH_NOTIFY -> ExactlyOnceFinishNotify.STRICT.covers(path);
            case UNBIND_NOTIFY -> ExactlyOnceUnbindNotify.STRICT.covers(path);
            case NICEPAY -> VerifiedNicepayTokenNotification.STRICT.covers(path);
        };
    }

    /**
     * A verified notification with a non-strict field off the spec reached the handler, with a deviation
     * naming that field; the handler's own answer was sent.
     */
    void deliveredWithDeviation(Callback callback, Answer answer, String field) {
        switch (callback) {
            case FINISH_NOTIFY -> Dana.assertSnapAnswer(answer, 404, "4045601");
            case UNBIND_NOTIFY -> Dana.assertOpenApiAnswer(answer, "F", "PROCESS_FAIL");
            case NICEPAY -> Dana.assertNicepayAnswer(answer, 200, "9999");
        }
        assertEquals(1, delivered.size(), () -> "delivered " + delivered);
        Notification<?> n = delivered.remove(0);
        assertTrue(n.deviations().stream().anyMatch(d -> d.field().equals(field)),
                () -> "no deviation for " + field + " in " + n.deviations());
        assertTrue(n.rawBody().length > 0);
    }

    /** The three callbacks, for cases that apply to each. */
    enum Callback { FINISH_NOTIFY, UNBIND_NOTIFY, NICEPAY }

    // ---- sending ----

    /** Sends a Finish Notify body with DANA's valid signature over exactly these bytes. */
    Answer finishSigned(byte[] body) {
        return server.post(Dana.FINISH_PATH, Dana.finishHeaders(body), body);
    }

    Answer finishSigned(JsonNode body) {
        return finishSigned(Documents.bytes(body));
    }

    /** Sends a request value signed by DANA, as an envelope. */
    Answer unbindSigned(JsonNode value) {
        return server.post(Dana.UNBIND_PATH, Map.of(), Dana.SIGNER.openApiRequest(Documents.bytes(value)));
    }

    Answer unbindRaw(byte[] body) {
        return server.post(Dana.UNBIND_PATH, Map.of(), body);
    }

    Answer nicepay(byte[] body) {
        return server.post(Dana.NICEPAY_PATH, Map.of(), body);
    }

    Answer nicepay(JsonNode body) {
        return nicepay(Documents.bytes(body));
    }

    /** @return a JSON request to the callback's path, method and body still to set */
    HttpRequest.Builder jsonRequest(Callback callback) {
        String path = switch (callback) {
            case FINISH_NOTIFY -> Dana.FINISH_PATH;
            case UNBIND_NOTIFY -> Dana.UNBIND_PATH;
            case NICEPAY -> Dana.NICEPAY_PATH;
        };
        return server.request(path).header("Content-Type", "application/json");
    }

    /** Sends raw bytes to a callback, signed where the callback is signed (SNAP headers; Open API as-is). */
    Answer sendRaw(Callback callback, byte[] body) {
        return switch (callback) {
            case FINISH_NOTIFY -> finishSigned(body);
            case UNBIND_NOTIFY -> unbindRaw(body);
            case NICEPAY -> nicepay(body);
        };
    }

    // ---- judging ----

    /** Refused in SNAP format with this code; the message contains {@code messagePart}. */
    static void refusedSnap(Answer answer, String responseCode, String messagePart) {
        int status = Integer.parseInt(responseCode.substring(0, 3));
        assertTrue(status < 500, "a client mistake must not be a 5xx");
        String message = Dana.assertSnapAnswer(answer, status, responseCode);
        assertTrue(message.contains(messagePart), () -> "message '" + message + "' lacks '" + messagePart + "'");
    }

    /** Refused in Open API format: HTTP 200, merchant-signed, F PARAM_ILLEGAL, the message contains {@code messagePart}. */
    static void refusedOpenApi(Answer answer, String messagePart) {
        JsonNode response = Dana.assertOpenApiAnswer(answer, "F", "PARAM_ILLEGAL");
        JsonNode info = response.path("body").path("resultInfo");
        assertEquals("00000004", info.path("resultCodeId").asText());
        String message = info.path("resultMsg").asText();
        assertTrue(message.contains(messagePart), () -> "message '" + message + "' lacks '" + messagePart + "'");
        assertEquals("dana.oauth.unbind.notify", response.path("head").path("function").asText());
        assertTrue(answer.text().startsWith("{\"" + OpenApiEnvelope.RESPONSE + "\":"), answer::toString);
    }

    /** Refused in NICEPAY format. */
    static void refusedNicepay(Answer answer, int status, String resultCd, String messagePart) {
        Dana.assertNicepayAnswer(answer, status, resultCd);
        String message = Dana.read(answer.body()).path("resultMsg").asText();
        assertTrue(message.contains(messagePart), () -> "message '" + message + "' lacks '" + messagePart + "'");
    }

    /** Refused as a bad request (not a field problem) in the callback's own format. */
    static void refusedAsBadRequest(Callback callback, Answer answer, String messagePart) {
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(answer, "4005600", messagePart);
            case UNBIND_NOTIFY -> refusedOpenApi(answer, messagePart);
            case NICEPAY -> refusedNicepay(answer, 400, "9002", messagePart);
        }
    }

    static ObjectNode copy(ObjectNode node) {
        return node.deepCopy();
    }
}
