package dev.danakit.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.server.callbacks.api.TransferBankNotifyApi;
import dev.danakit.server.callbacks.model.TransferBankNotifyRequest;
import dev.danakit.server.callbacks.model.TransferBankNotifyResponse;
import dev.danakit.signing.snap.SnapSymmetric;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Transfer to Bank Notify over HTTP (issue 15 §3): DANA's RSA signature and the HMAC-SHA512 signature with the B2B
 * token are both accepted, at the spec's path and at merchant-chosen paths; any other signature is refused with
 * {@code 4014300} before the handler runs; a redelivery is answered without calling the handler again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TransferBankNotifyEndToEndTest {

    static final String DEFAULT_PATH = "/v1.0/debit/emoney/transfer-bank/notify.htm";
    static final List<String> CUSTOM = List.of("/v2/dana/disbursement", "/webhooks/dana/transfer-bank");
    static final String CLIENT_SECRET = "test-only-client-secret";
    static final String B2B_TOKEN = "B2B-4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN";

    private final Recording atDefault = new Recording();
    private final Recording atCustom = new Recording();
    private final Recording rsaOnly = new Recording();
    @AutoClose
    private final CallbackServer defaultServer = new CallbackServer(Dana.callbacks(new InMemoryNotificationLedger())
            .clientSecret(CLIENT_SECRET).transferBankNotify(atDefault).build());
    @AutoClose
    private final CallbackServer customServer = new CallbackServer(Dana.callbacks(new InMemoryNotificationLedger())
            .clientSecret(CLIENT_SECRET).transferBankNotify(atCustom, CUSTOM.toArray(String[]::new)).build());
    @AutoClose
    private final CallbackServer rsaOnlyServer = new CallbackServer(Dana.callbacks(new InMemoryNotificationLedger())
            .transferBankNotify(rsaOnly).build());

    static byte[] body(String partnerReferenceNo, String status) {
        return ("{\n  \"originalPartnerReferenceNo\": \"" + partnerReferenceNo + "\",\n"
                + "  \"originalReferenceNo\": \"20261121111212800110166050101234567\",\n"
                + "  \"originalExternalId\": \"6d2a3c1e-8f0b-4b9e-a1d2-7c5e9f0a3b11\",\n"
                + "  \"latestTransactionStatus\": \"" + status + "\",\n"
                + "  \"transactionStatusDesc\": \"" + ("00".equals(status) ? "SUCCESS" : "FAILED") + "\",\n"
                + "  \"amount\": {\"value\": \"10000.00\", \"currency\": \"IDR\"},\n"
                + "  \"createdTime\": \"2026-11-21T11:58:30+07:00\",\n"
                + "  \"finishedTime\": \"2026-11-21T11:59:02+07:00\",\n"
                + "  \"bankTraceNo\": \"undocumented member\"\n}").getBytes(StandardCharsets.UTF_8);
    }

    /** DANA's headers for the symmetric approach: Authorization Bearer + HMAC-SHA512 X-SIGNATURE. */
    static Map<String, String> symmetricHeaders(String secret, String path, byte[] body) {
        Map<String, String> headers = Dana.snapHeaders(path, body);
        String timestamp = headers.get("X-TIMESTAMP");
        headers.put("Authorization", "Bearer " + B2B_TOKEN);
        headers.put("X-SIGNATURE", SnapSymmetric.sign(secret, "POST", path, B2B_TOKEN, body, timestamp));
        return headers;
    }

    /** Posts a body with DANA's RSA signature over it. */
    static Answer postRsa(CallbackServer server, String path, byte[] body) {
        return server.post(path, Dana.snapHeaders(path, body), body);
    }

    /** Posts a body with DANA's HMAC signature over it, made with the configured client secret. */
    static Answer postHmac(CallbackServer server, String path, byte[] body) {
        return server.post(path, symmetricHeaders(CLIENT_SECRET, path, body), body);
    }

    @Test
    void asymmetricAndSymmetricAreDeliveredAtTheSpecPath() {
        byte[] rsa = body("TRF-rsa-default", "00");
        Answer answer = postRsa(defaultServer, DEFAULT_PATH, rsa);
        assertEquals("Successful", Dana.assertSnapAnswer(answer, 200, "2004300"));
        assertEquals(1, atDefault.calls("TRF-rsa-default"));

        byte[] hmac = body("TRF-hmac-default", "06");
        Answer symmetric = postHmac(defaultServer, DEFAULT_PATH, hmac);
        Dana.assertSnapAnswer(symmetric, 200, "2004300");
        assertEquals(1, atDefault.calls("TRF-hmac-default"));
        assertEquals("06", atDefault.last("TRF-hmac-default").getLatestTransactionStatus());
        assertEquals("10000.00", atDefault.last("TRF-hmac-default").getAmount().getValue());
    }

    @Test
    void asymmetricAndSymmetricAreDeliveredAtEachCustomPath() {
        for (String path : CUSTOM) {
            byte[] rsa = body("TRF-rsa-" + path.hashCode(), "00");
            Dana.assertSnapAnswer(postRsa(customServer, path, rsa), 200, "2004300");
            assertEquals(1, atCustom.calls("TRF-rsa-" + path.hashCode()), path);

            byte[] hmac = body("TRF-hmac-" + path.hashCode(), "00");
            Dana.assertSnapAnswer(postHmac(customServer, path, hmac), 200, "2004300");
            assertEquals(1, atCustom.calls("TRF-hmac-" + path.hashCode()), path);
        }
        byte[] moved = body("TRF-moved", "00");
        Answer answer = postRsa(customServer, DEFAULT_PATH, moved);
        assertEquals("Invalid Routing", Dana.assertSnapAnswer(answer, 404, "4044302"));
        assertEquals(0, atCustom.calls("TRF-moved"));
    }

    @Test
    void aForgedRsaSignatureIsRefused() {
        byte[] body = body("TRF-forged", "00");
        Map<String, String> headers = Dana.snapHeaders(Dana.FORGER, DEFAULT_PATH, body, Dana.FORGER.timestamp());
        assertEquals("Unauthorized. X-SIGNATURE does not match the signed content",
                Dana.assertSnapAnswer(defaultServer.post(DEFAULT_PATH, headers, body), 401, "4014300"));
        assertEquals(0, atDefault.calls("TRF-forged"));
    }

    @Test
    void anHmacWithAnotherSecretIsRefused() {
        byte[] body = body("TRF-wrong-secret", "00");
        Answer answer = defaultServer.post(DEFAULT_PATH, symmetricHeaders("another-secret", DEFAULT_PATH, body), body);
        Dana.assertSnapAnswer(answer, 401, "4014300");
        assertEquals(0, atDefault.calls("TRF-wrong-secret"));
    }

    @Test
    void anHmacSignedForAnotherTokenOrWithoutTheBearerIsRefused() {
        byte[] body = body("TRF-token", "00");
        Map<String, String> otherToken = symmetricHeaders(CLIENT_SECRET, DEFAULT_PATH, body);
        otherToken.put("Authorization", "Bearer another-token");
        Dana.assertSnapAnswer(defaultServer.post(DEFAULT_PATH, otherToken, body), 401, "4014300");
        Map<String, String> noBearer = symmetricHeaders(CLIENT_SECRET, DEFAULT_PATH, body);
        noBearer.remove("Authorization");
        Dana.assertSnapAnswer(defaultServer.post(DEFAULT_PATH, noBearer, body), 401, "4014300");
        assertEquals(0, atDefault.calls("TRF-token"));
    }

    @Test
    void aTamperedBodyIsRefusedForBothKinds() {
        byte[] signed = body("TRF-tampered", "00");
        byte[] sent = new String(signed, StandardCharsets.UTF_8).replace("10000.00", "90000.00")
                .getBytes(StandardCharsets.UTF_8);
        Dana.assertSnapAnswer(defaultServer.post(DEFAULT_PATH, Dana.snapHeaders(DEFAULT_PATH, signed), sent), 401,
                "4014300");
        Dana.assertSnapAnswer(defaultServer.post(DEFAULT_PATH, symmetricHeaders(CLIENT_SECRET, DEFAULT_PATH, signed),
                sent), 401, "4014300");
        assertEquals(0, atDefault.calls("TRF-tampered"));
    }

    @Test
    void withoutAClientSecretOnlyRsaIsAccepted() {
        byte[] body = body("TRF-rsa-only", "00");
        Dana.assertSnapAnswer(postHmac(rsaOnlyServer, DEFAULT_PATH, body), 401, "4014300");
        assertEquals(0, rsaOnly.calls("TRF-rsa-only"));
        Dana.assertSnapAnswer(postRsa(rsaOnlyServer, DEFAULT_PATH, body), 200, "2004300");
        assertEquals(1, rsaOnly.calls("TRF-rsa-only"));
    }

    @Test
    void aRedeliveryIsAnsweredWithoutCallingTheHandlerAgain() {
        byte[] body = body("TRF-twice", "00");
        Dana.assertSnapAnswer(postRsa(defaultServer, DEFAULT_PATH, body), 200, "2004300");
        Dana.assertSnapAnswer(postRsa(defaultServer, DEFAULT_PATH, body), 200, "2004300");
        // the same notification signed the other way is still the same transfer result
        Dana.assertSnapAnswer(postHmac(defaultServer, DEFAULT_PATH, body), 200, "2004300");
        assertEquals(1, atDefault.calls("TRF-twice"));
    }

    @Test
    void aMissingIdentityFieldIsRefusedAndAnUndocumentedOneIsNot() {
        byte[] body = ("{\"originalPartnerReferenceNo\":\"TRF-no-ref\",\"latestTransactionStatus\":\"00\"}")
                .getBytes(StandardCharsets.UTF_8);
        Answer answer = postRsa(defaultServer, DEFAULT_PATH, body);
        assertTrue(Dana.assertSnapAnswer(answer, 400, "4004302").contains("originalReferenceNo"), answer::toString);
        assertEquals(0, atDefault.calls("TRF-no-ref"));
        assertFalse(atDefault.seen.stream().anyMatch(r -> r == null));
    }

    /** A merchant's handler that records what it was called with. */
    static final class Recording implements TransferBankNotifyApi {
        final List<TransferBankNotifyRequest> seen = new CopyOnWriteArrayList<>();

        @Override
        public TransferBankNotifyResponse transferBankNotify(String xTimestamp, String xSignature, String xPartnerId,
                String xExternalId, String channelId, TransferBankNotifyRequest request) {
            seen.add(request);
            return null;
        }

        long calls(String reference) {
            return seen.stream().filter(r -> reference.equals(r.getOriginalPartnerReferenceNo())).count();
        }

        TransferBankNotifyRequest last(String reference) {
            return seen.stream().filter(r -> reference.equals(r.getOriginalPartnerReferenceNo()))
                    .reduce((a, b) -> b).orElseThrow();
        }
    }
}
