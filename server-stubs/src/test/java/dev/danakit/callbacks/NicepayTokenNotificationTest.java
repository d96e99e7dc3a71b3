package dev.danakit.callbacks;

import static dev.danakit.callbacks.support.Dana.NICEPAY_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.CountingLedger;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.RecordingNicepay;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** NICEPAY's token-deactivated notification: merchantToken checked before anything runs. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NicepayTokenNotificationTest {

    private final RecordingNicepay handler = new RecordingNicepay();
    private final CountingLedger ledger = new CountingLedger(new InMemoryNotificationLedger());
    // A NICEPAY-only merchant needs no DANA keys.
    @AutoClose
    private final CallbackServer server = new CallbackServer(DanaCallbacks.builder().clock(Dana.CLOCK).ledger(ledger)
            .nicepayTokenNotification(handler, Dana.NICEPAY_MERCHANT_KEY).build());

    @Test
    void validTokenIsProcessedOnceAndAcknowledged() {
        int before = handler.calls();
        byte[] notification = Dana.nicepayNotification("c2a9e4d1-7b3f-4e08-9a6c-1f5d8b2e7c40");

        Dana.assertNicepayAnswer(server.post(NICEPAY_PATH, Map.of(), notification), 200, "0000");
        Dana.assertNicepayAnswer(server.post(NICEPAY_PATH, Map.of(), notification), 200, "0000");

        assertEquals(before + 1, handler.calls());
    }

    @Test
    void uppercaseHexTokenIsAccepted() {
        int before = handler.calls();
        String token = NicepayMerchantToken.tokenDeactivatedNotification("IONPAYTEST", "user-upper", "23124532",
                Dana.NICEPAY_MERCHANT_KEY).toUpperCase(Locale.ROOT);

        Dana.assertNicepayAnswer(server.post(NICEPAY_PATH, Map.of(), Dana.nicepayNotification("user-upper", token)),
                200, "0000");
        assertEquals(before + 1, handler.calls());
    }

    @Test
    void invalidTokenIsRefusedWithoutRunningTheHandler() {
        int before = handler.calls();
        int recorded = ledger.recorded();
        String wrongKeyToken = NicepayMerchantToken.tokenDeactivatedNotification("IONPAYTEST", "user-x", "23124532",
                "some-other-key");

        Dana.assertNicepayAnswer(server.post(NICEPAY_PATH, Map.of(),
                Dana.nicepayNotification("user-x", wrongKeyToken)), 400, "9001");

        assertEquals(before, handler.calls());
        assertEquals(recorded, ledger.recorded());
    }

    @Test
    void tokenOfAnotherUserIsRefused() {
        int before = handler.calls();
        String otherUsersToken = NicepayMerchantToken.tokenDeactivatedNotification("IONPAYTEST", "user-a",
                "23124532", Dana.NICEPAY_MERCHANT_KEY);

        Dana.assertNicepayAnswer(server.post(NICEPAY_PATH, Map.of(),
                Dana.nicepayNotification("user-b", otherUsersToken)), 400, "9001");
        assertEquals(before, handler.calls());
    }
}
