package dev.danakit.callbacks.delivery;

import static dev.danakit.callbacks.support.Dana.UNBIND_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.CountingLedger;
import dev.danakit.callbacks.support.Dana;
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
}
