package dev.danakit.callbacks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.callbacks.DanaCallbacks;
import dev.danakit.callbacks.ledger.NotificationLedger;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.testing.TestSigner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Plays DANA and NICEPAY in tests: a fixed clock, DANA's signer, ready-made callbacks, and checks of the
 * merchant's answers.
 */
public final class Dana {

    /** The fixed "now" of every test. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T05:00:00Z"), ZoneOffset.UTC);
    /** The tolerance window configured on the merchant's side. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** DANA's client id for the merchant. */
    public static final String CLIENT_ID = "2024051300000000001";
    /** NICEPAY merchant key (test only). */
    public static final String NICEPAY_MERCHANT_KEY = "test-only-nicepay-merchant-key";
    /** Unbind Notify path. */
    public static final String UNBIND_PATH = "/dana/callbacks/unbind-notify";
    /** Finish Notify path. */
    public static final String FINISH_PATH = "/dana/callbacks/finish-notify";
    /** NICEPAY notification path. */
    public static final String NICEPAY_PATH = "/nicepay/callbacks/token-deactivated";

    /** DANA's signer. */
    public static final TestSigner SIGNER = new TestSigner(TestKeys.DANA.getPrivate(), CLOCK);
    /** Someone signing with the wrong key. */
    public static final TestSigner FORGER = new TestSigner(TestKeys.ATTACKER.getPrivate(), CLOCK);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Dana() {
    }

    /**
     * @param ledger the ledger
     * @return a builder with the test keys, clock and tolerance
     */
    public static DanaCallbacks.Builder callbacks(NotificationLedger ledger) {
        return DanaCallbacks.builder().danaPublicKey(TestKeys.DANA.getPublic())
                .merchantPrivateKey(TestKeys.MERCHANT.getPrivate()).clock(CLOCK).tolerance(TOLERANCE)
                .ledger(ledger);
    }

    /** @return an Unbind Notify body object as JSON */
    public static String unbindBody() {
        return "{\"unbindAccessToken\":[\"4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN\"],"
                + "\"unbindTime\":\"2026-11-21T11:59:02+07:00\"}";
    }

    /**
     * @param reqMsgId the message id
     * @return the exact bytes of a request value, stamped now
     */
    public static byte[] unbindValue(String reqMsgId) {
        return SIGNER.openApiValue(OpenApiEnvelope.REQUEST, "dana.oauth.unbind.notify", CLIENT_ID, reqMsgId,
                unbindBody());
    }

    /**
     * @param reqMsgId the message id
     * @return a signed Unbind Notify envelope
     */
    public static byte[] unbindEnvelope(String reqMsgId) {
        return SIGNER.openApiRequest(unbindValue(reqMsgId));
    }

    /**
     * @param value raw request value JSON
     * @return the value signed by DANA as an envelope
     */
    public static byte[] signedEnvelope(String value) {
        return SIGNER.openApiRequest(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A head with reqTime = now, for hand-built values.
     *
     * @param reqMsgId message id
     * @return head JSON
     */
    public static String head(String reqMsgId) {
        return "{\"version\":\"2.0\",\"function\":\"dana.oauth.unbind.notify\",\"clientId\":\"" + CLIENT_ID
                + "\",\"reqTime\":\"" + SIGNER.timestamp() + "\",\"reqMsgId\":\"" + reqMsgId + "\",\"reserve\":\"{}\"}";
    }

    /**
     * A Finish Notify body (pretty-printed, as the whitespace must not matter to the signature).
     *
     * @param partnerReferenceNo originalPartnerReferenceNo
     * @param status latestTransactionStatus
     * @return body bytes
     */
    public static byte[] finishBody(String partnerReferenceNo, String status) {
        return ("{\n  \"originalPartnerReferenceNo\": \"" + partnerReferenceNo + "\",\n"
                + "  \"originalReferenceNo\": \"20261121111212800110166050101234567\",\n"
                + "  \"merchantId\": \"216620000012345678901\",\n"
                + "  \"amount\": {\"value\": \"10000.00\", \"currency\": \"IDR\"},\n"
                + "  \"latestTransactionStatus\": \"" + status + "\",\n"
                + "  \"transactionStatusDesc\": \"SUCCESS\",\n"
                + "  \"createdTime\": \"2026-11-21T11:58:30+07:00\",\n"
                + "  \"finishedTime\": \"2026-11-21T11:59:02+07:00\",\n"
                + "  \"tipsAmount\": {\"value\": \"0.00\", \"currency\": \"IDR\"},\n"
                + "  \"externalStoreID\": \"STORE-001\"\n}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * DANA's headers for a Finish Notify body: signed now, plus the partner, external and channel ids.
     *
     * @param body the exact body bytes
     * @return mutable header map
     */
    public static Map<String, String> finishHeaders(byte[] body) {
        return finishHeaders(SIGNER, body, SIGNER.timestamp());
    }

    /**
     * @param signer who signs
     * @param body exact body bytes
     * @param timestamp X-TIMESTAMP to send and sign
     * @return mutable header map
     */
    public static Map<String, String> finishHeaders(TestSigner signer, byte[] body, String timestamp) {
        return snapHeaders(signer, FINISH_PATH, body, timestamp);
    }

    /**
     * DANA's headers for a SNAP notification signed for a given path (the merchant's registered URL).
     *
     * @param path the path DANA signs
     * @param body exact body bytes
     * @return mutable header map
     */
    public static Map<String, String> snapHeaders(String path, byte[] body) {
        return snapHeaders(SIGNER, path, body, SIGNER.timestamp());
    }

    /**
     * @param signer who signs
     * @param path the path signed
     * @param body exact body bytes
     * @param timestamp X-TIMESTAMP to send and sign
     * @return mutable header map
     */
    public static Map<String, String> snapHeaders(TestSigner signer, String path, byte[] body, String timestamp) {
        Map<String, String> headers = signer.snapHeaders("POST", path, body, timestamp);
        headers.put("X-PARTNER-ID", CLIENT_ID);
        headers.put("X-EXTERNAL-ID", "6d2a3c1e-8f0b-4b9e-a1d2-7c5e9f0a3b11");
        headers.put("CHANNEL-ID", "95221");
        return headers;
    }

    /**
     * A NICEPAY notification with a correct merchantToken.
     *
     * @param userToken the user token
     * @return body bytes
     */
    public static byte[] nicepayNotification(String userToken) {
        String token = NicepayMerchantToken.tokenDeactivatedNotification("IONPAYTEST", userToken, "23124532",
                NICEPAY_MERCHANT_KEY);
        return nicepayNotification(userToken, token);
    }

    /**
     * @param userToken the user token
     * @param merchantToken the merchantToken to send
     * @return body bytes
     */
    public static byte[] nicepayNotification(String userToken, String merchantToken) {
        return ("{\"clientUserKey\":\"23124532\",\"userToken\":\"" + userToken + "\",\"merchantToken\":\""
                + merchantToken + "\",\"iMid\":\"IONPAYTEST\",\"message\":\"Token is deactivated\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Checks a merchant's Open API answer: HTTP 200, signed by the merchant over the exact bytes received,
     * with the given result.
     *
     * @param answer the answer
     * @param status expected resultStatus
     * @param resultCode expected resultCode
     * @return the response value
     */
    public static JsonNode assertOpenApiAnswer(CallbackServer.Answer answer, String status, String resultCode) {
        assertEquals(200, answer.status(), answer::toString);
        byte[] value = new OpenApiVerifier(TestKeys.MERCHANT.getPublic(), CLOCK, TOLERANCE)
                .verify(answer.body(), OpenApiEnvelope.RESPONSE);
        JsonNode response = read(value);
        JsonNode info = response.path("body").path("resultInfo");
        assertEquals(status, info.path("resultStatus").asText(), answer::toString);
        assertEquals(resultCode, info.path("resultCode").asText(), answer::toString);
        return response;
    }

    /**
     * Checks a refusal of a NICEPAY notification.
     *
     * @param answer the answer
     * @param httpStatus expected status
     * @param resultCd expected code
     */
    public static void assertNicepayAnswer(CallbackServer.Answer answer, int httpStatus, String resultCd) {
        assertEquals(httpStatus, answer.status(), answer::toString);
        JsonNode body = read(answer.body());
        assertEquals(resultCd, body.path("resultCd").asText(), answer::toString);
        assertTrue(body.path("resultMsg").isTextual(), answer::toString);
    }

    /**
     * @param answer a SNAP answer
     * @param httpStatus expected HTTP status
     * @param responseCode expected responseCode
     * @return the responseMessage
     */
    public static String assertSnapAnswer(CallbackServer.Answer answer, int httpStatus, String responseCode) {
        assertEquals(httpStatus, answer.status(), answer::toString);
        JsonNode body = read(answer.body());
        assertEquals(responseCode, body.path("responseCode").asText(), answer::toString);
        return body.path("responseMessage").asText();
    }

    /**
     * @param bytes JSON
     * @return the tree
     */
    public static JsonNode read(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
