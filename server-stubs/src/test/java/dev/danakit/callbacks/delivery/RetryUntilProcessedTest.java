package dev.danakit.callbacks.delivery;

import static dev.danakit.callbacks.support.Dana.FINISH_PATH;
import static dev.danakit.callbacks.support.Dana.UNBIND_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.CountingLedger;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.RecordingFinishNotify;
import dev.danakit.callbacks.support.RecordingUnbindNotify;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A handler that fails is never acknowledged: DANA gets a retryable error and its next delivery runs it again. */
class RetryUntilProcessedTest {

    @Test
    void unbindNotifyHandlerFailingTwiceIsProcessedOnTheThirdDelivery() {
        RecordingUnbindNotify handler = new RecordingUnbindNotify().failingTimes(2);
        InMemoryNotificationLedger memory = new InMemoryNotificationLedger();
        CountingLedger ledger = new CountingLedger(memory);
        NotificationId id = NotificationId.of(ExactlyOnceUnbindNotify.KIND, "msg-retry");
        byte[] envelope = Dana.unbindEnvelope("msg-retry");
        try (CallbackServer server = new CallbackServer(Dana.callbacks(ledger).unbindNotify(handler).build())) {
            for (int delivery = 1; delivery <= 2; delivery++) {
                Dana.assertOpenApiAnswer(server.post(UNBIND_PATH, Map.of(), envelope), "F", "SYSTEM_ERROR");
                assertEquals(Optional.empty(), memory.outcome(id), "recorded before success");
                assertEquals(0, ledger.recorded());
            }
            Dana.assertOpenApiAnswer(server.post(UNBIND_PATH, Map.of(), envelope), "S", "SUCCESS");
            assertEquals(3, handler.calls());
            assertEquals(Optional.of("S 00000000 SUCCESS"), memory.outcome(id));

            Dana.assertOpenApiAnswer(server.post(UNBIND_PATH, Map.of(), envelope), "S", "SUCCESS");
            assertEquals(3, handler.calls());
            assertEquals(1, ledger.recorded());
        }
    }

    @Test
    void finishNotifyHandlerFailingTwiceIsProcessedOnTheThirdDelivery() {
        RecordingFinishNotify handler = new RecordingFinishNotify().failingTimes(2);
        InMemoryNotificationLedger memory = new InMemoryNotificationLedger();
        CountingLedger ledger = new CountingLedger(memory);
        NotificationId id = NotificationId.of(ExactlyOnceFinishNotify.KIND, "ORD-RETRY",
                "20261121111212800110166050101234567", "00");
        byte[] body = Dana.finishBody("ORD-RETRY", "00");
        try (CallbackServer server = new CallbackServer(Dana.callbacks(ledger).finishNotify(handler).build())) {
            for (int delivery = 1; delivery <= 2; delivery++) {
                assertEquals("General Error", Dana.assertSnapAnswer(
                        server.post(FINISH_PATH, Dana.finishHeaders(body), body), 500, "5005600"));
                assertEquals(Optional.empty(), memory.outcome(id), "recorded before success");
                assertEquals(0, ledger.recorded());
            }
            Dana.assertSnapAnswer(server.post(FINISH_PATH, Dana.finishHeaders(body), body), 200, "2005600");
            assertEquals(3, handler.calls("ORD-RETRY"));
            assertEquals(Optional.of("2005600 Successful"), memory.outcome(id));

            Dana.assertSnapAnswer(server.post(FINISH_PATH, Dana.finishHeaders(body), body), 200, "2005600");
            assertEquals(3, handler.calls("ORD-RETRY"));
            assertEquals(1, ledger.recorded());
        }
    }
}
