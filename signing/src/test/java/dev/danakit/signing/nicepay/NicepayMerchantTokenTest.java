package dev.danakit.signing.nicepay;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.signing.Golden;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NicepayMerchantTokenTest {

    private static final String TS = "20240315102030";
    private static final String IMID = "IONPAYTEST";
    private static final String USER_TOKEN = "e0478456-6b50-460c-85e0-627a1e22d2e0";
    private static final String CLIENT_USER_KEY = "23124532";
    private static final String KEY = "test-only-merchant-key-0123456789abcdef";

    @Test
    void removeTokenVerifiesAndWrongMerchantKeyFails() {
        String expected = Golden.text("nicepay-remove-token.sha256.hex");
        assertTrue(NicepayMerchantToken.verifyRemoveToken(expected, TS, IMID, USER_TOKEN, KEY));
        assertTrue(NicepayMerchantToken.verifyRemoveToken(expected.toUpperCase(Locale.ROOT), TS, IMID, USER_TOKEN, KEY));
        assertFalse(NicepayMerchantToken.verifyRemoveToken(expected, TS, IMID, USER_TOKEN, KEY + "x"));
        assertFalse(NicepayMerchantToken.verifyRemoveToken(null, TS, IMID, USER_TOKEN, KEY));
    }

    @Test
    void notificationTokenVerifiesAndWrongMerchantKeyFails() {
        String expected = Golden.text("nicepay-deactivated-notification.sha256.hex");
        assertTrue(NicepayMerchantToken.verifyTokenDeactivatedNotification(expected, IMID, USER_TOKEN, CLIENT_USER_KEY, KEY));
        assertFalse(NicepayMerchantToken.verifyTokenDeactivatedNotification(expected, IMID, USER_TOKEN, CLIENT_USER_KEY,
                "wrong-merchant-key"));
        // The two formulas are different: a remove-token hash is not a notification hash.
        assertFalse(NicepayMerchantToken.verifyTokenDeactivatedNotification(
                Golden.text("nicepay-remove-token.sha256.hex"), IMID, USER_TOKEN, CLIENT_USER_KEY, KEY));
    }
}
