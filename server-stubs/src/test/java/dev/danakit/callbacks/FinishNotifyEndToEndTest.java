package dev.danakit.callbacks;

import static dev.danakit.callbacks.support.Dana.FINISH_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.callbacks.delivery.ExactlyOnceFinishNotify;
import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.RecordingFinishNotify;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Finish Notify (SNAP, service 56) through the whole stack on an embedded server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FinishNotifyEndToEndTest {

    private final RecordingFinishNotify handler = new RecordingFinishNotify(Duration.ZERO, "ORD-UNKNOWN");
    private final InMemoryNotificationLedger ledger = new InMemoryNotificationLedger();
    @AutoClose
    private final CallbackServer server = new CallbackServer(Dana.callbacks(ledger).finishNotify(handler).build());

    @Test
    void signedNotificationIsProcessedOnceAndAnsweredSuccessful() {
        byte[] body = Dana.finishBody("ORD-1", "00");
        Answer first = server.post(FINISH_PATH, Dana.finishHeaders(body), body);
        Answer again = server.post(FINISH_PATH, Dana.finishHeaders(body), body);

        assertEquals("Successful", Dana.assertSnapAnswer(first, 200, "2005600"));
        assertEquals("Successful", Dana.assertSnapAnswer(again, 200, "2005600"));
        assertEquals(1, handler.calls("ORD-1"));
        assertEquals(Optional.of("2005600 Successful"), ledger.outcome(NotificationId.of(
                ExactlyOnceFinishNotify.KIND, "ORD-1", "20261121111212800110166050101234567", "00")));
    }

    @Test
    void aNewStatusOfTheSameOrderIsANewNotification() {
        byte[] pending = Dana.finishBody("ORD-2", "03");
        byte[] paid = Dana.finishBody("ORD-2", "00");
        Dana.assertSnapAnswer(server.post(FINISH_PATH, Dana.finishHeaders(pending), pending), 200, "2005600");
        Dana.assertSnapAnswer(server.post(FINISH_PATH, Dana.finishHeaders(paid), paid), 200, "2005600");
        assertEquals(2, handler.calls("ORD-2"));
    }

    @Test
    void forgedSignatureIsRefusedWithoutRunningTheHandler() {
        byte[] body = Dana.finishBody("ORD-FORGED", "00");
        assertUnauthorizedBeforeTheHandler("ORD-FORGED", body,
                Dana.finishHeaders(Dana.FORGER, body, Dana.SIGNER.timestamp()),
                "Unauthorized. X-SIGNATURE does not match the signed content");
    }

    @Test
    void staleTimestampIsRefusedWithoutRunningTheHandler() {
        byte[] body = Dana.finishBody("ORD-STALE", "00");
        assertUnauthorizedBeforeTheHandler("ORD-STALE", body,
                Dana.finishHeaders(Dana.SIGNER, body, Dana.SIGNER.timestamp(Duration.ofMinutes(-6))),
                "Unauthorized. X-TIMESTAMP is older than the tolerance window");
    }

    @Test
    void unsignedNotificationIsRefusedWithoutRunningTheHandler() {
        byte[] body = Dana.finishBody("ORD-UNSIGNED", "00");
        Map<String, String> headers = Dana.finishHeaders(body);
        headers.remove("X-SIGNATURE");
        assertUnauthorizedBeforeTheHandler("ORD-UNSIGNED", body, headers,
                "Unauthorized. X-SIGNATURE header is missing or blank");
    }

    /** Answered {@code 401 4015600} with exactly this message, and the handler never saw the order. */
    private void assertUnauthorizedBeforeTheHandler(String order, byte[] body, Map<String, String> headers,
            String message) {
        assertEquals(message, Dana.assertSnapAnswer(server.post(FINISH_PATH, headers, body), 401, "4015600"));
        assertEquals(0, handler.calls(order));
    }

    @Test
    void merchantAnswerOfNotFoundKeepsItsHttpStatusAndIsNotRecorded() {
        byte[] body = Dana.finishBody("ORD-UNKNOWN", "00");
        Answer answer = server.post(FINISH_PATH, Dana.finishHeaders(body), body);

        assertEquals("Transaction Not Found", Dana.assertSnapAnswer(answer, 404, "4045601"));
        Dana.assertSnapAnswer(server.post(FINISH_PATH, Dana.finishHeaders(body), body), 404, "4045601");
        assertEquals(2, handler.calls("ORD-UNKNOWN"));
    }

    @Test
    void answersCarryAnXTimestampAndJsonContentType() {
        byte[] body = Dana.finishBody("ORD-TS", "00");
        Answer ok = server.post(FINISH_PATH, Dana.finishHeaders(body), body);
        Answer refused = server.post(FINISH_PATH, Map.of(), body);

        for (Answer answer : new Answer[] {ok, refused}) {
            assertEquals("2026-11-21T12:00:00+07:00", answer.header("X-TIMESTAMP"), answer::toString);
            assertTrue(answer.header("Content-Type").startsWith("application/json"), answer::toString);
        }
    }
}
