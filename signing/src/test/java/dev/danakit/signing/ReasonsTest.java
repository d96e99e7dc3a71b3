package dev.danakit.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.danakit.signing.SignatureVerificationException.Reason;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapVerifier;
import dev.danakit.signing.testing.TestSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** One test per Reason: the reason and its exact, stable message. */
class ReasonsTest {

    private static final String PATH = "/v1.0/debit/notify";
    private static final byte[] BODY = "{\"originalReferenceNo\":\"A1\",\"latestTransactionStatus\":\"00\"}"
            .getBytes(StandardCharsets.UTF_8);

    private final SnapVerifier snap =
            new SnapVerifier(Golden.merchantPublic(), Golden.clockAt(Golden.INSTANT), Duration.ofMinutes(5));
    private final OpenApiVerifier openApi =
            new OpenApiVerifier(Golden.danaPublic(), Golden.clockAt(Golden.INSTANT), Duration.ofMinutes(5));
    private final TestSigner signer = new TestSigner(Golden.merchantPrivate(), Golden.clockAt(Golden.INSTANT));

    private static void assertFails(Reason reason, String message, Executable call) {
        SignatureVerificationException e = assertThrows(SignatureVerificationException.class, call);
        assertEquals(reason, e.reason());
        assertEquals(message, e.getMessage());
        assertNull(e.getCause(), "no cause may carry input");
    }

    private void snapVerify(String timestamp, String signature) {
        snap.verify("POST", PATH, BODY, timestamp, signature);
    }

    private String validSignature() {
        return signer.snapHeaders("POST", PATH, BODY).get("X-SIGNATURE");
    }

    @Test
    void everyReasonHasATestHere() {
        // Adding a Reason must come with a test in this class; this count is the reminder.
        assertEquals(10, Reason.values().length);
    }

    @Test
    void missingHeader() {
        assertFails(Reason.MISSING_HEADER, "X-TIMESTAMP header is missing or blank", () -> snapVerify(null, "AA=="));
        assertFails(Reason.MISSING_HEADER, "X-SIGNATURE header is missing or blank",
                () -> snapVerify(Golden.TIMESTAMP, " "));
    }

    @Test
    void malformedTimestamp() {
        assertFails(Reason.MALFORMED_TIMESTAMP, "X-TIMESTAMP is not in the form yyyy-MM-ddTHH:mm:ss+07:00",
                () -> snapVerify("2024-03-15T03:20:30Z", validSignature()));
    }

    @Test
    void staleTimestamp() {
        Map<String, String> h = signer.snapHeaders("POST", PATH, BODY, signer.timestamp(Duration.ofMinutes(-6)));
        assertFails(Reason.STALE_TIMESTAMP, "X-TIMESTAMP is older than the tolerance window",
                () -> snapVerify(h.get("X-TIMESTAMP"), h.get("X-SIGNATURE")));
    }

    @Test
    void futureTimestamp() {
        Map<String, String> h = signer.snapHeaders("POST", PATH, BODY, signer.timestamp(Duration.ofMinutes(6)));
        assertFails(Reason.FUTURE_TIMESTAMP, "X-TIMESTAMP is further ahead than the tolerance window",
                () -> snapVerify(h.get("X-TIMESTAMP"), h.get("X-SIGNATURE")));
    }

    @Test
    void malformedSignature() {
        assertFails(Reason.MALFORMED_SIGNATURE, "X-SIGNATURE is not valid base64",
                () -> snapVerify(Golden.TIMESTAMP, "not*base64!"));
    }

    @Test
    void badSignature() {
        String otherKeysSignature = new TestSigner(Golden.danaPrivate(), Golden.clockAt(Golden.INSTANT))
                .snapHeaders("POST", PATH, BODY).get("X-SIGNATURE");
        assertFails(Reason.BAD_SIGNATURE, "X-SIGNATURE does not match the signed content",
                () -> snapVerify(Golden.TIMESTAMP, otherKeysSignature));
        // Well-formed base64 of the wrong length is a bad signature, not a crash.
        assertFails(Reason.BAD_SIGNATURE, "X-SIGNATURE does not match the signed content",
                () -> snapVerify(Golden.TIMESTAMP, "AAAA"));
    }

    @Test
    void bodyNotJson() {
        assertFails(Reason.BODY_NOT_JSON, "body is not well-formed JSON",
                () -> openApi.verify("{\"request\":{\"head\":".getBytes(StandardCharsets.UTF_8), "request"));
        String signature = validSignature();
        assertFails(Reason.BODY_NOT_JSON, "body is not well-formed JSON",
                () -> snap.verifyAndParse("POST", PATH, BODY, Golden.TIMESTAMP, signature, raw -> {
                    throw new IllegalStateException("secret-looking parser detail");
                }));
    }

    @Test
    void missingSignedValue() {
        assertFails(Reason.MISSING_SIGNED_VALUE, "envelope has no request object",
                () -> openApi.verify(Golden.bytes("openapi-response-envelope.json"), "request"));
    }

    @Test
    void missingSignature() {
        byte[] unsigned = ("{\"request\":" + Golden.text("openapi-request-value.json") + "}").getBytes(StandardCharsets.UTF_8);
        assertFails(Reason.MISSING_SIGNATURE, "envelope has no signature string",
                () -> openApi.verify(unsigned, "request"));
    }

    @Test
    void missingTimestamp() {
        byte[] noTime = new TestSigner(Golden.danaPrivate(), Golden.clockAt(Golden.INSTANT))
                .openApiRequest("{\"head\":{\"version\":\"2.0\"},\"body\":{}}".getBytes(StandardCharsets.UTF_8));
        assertFails(Reason.MISSING_TIMESTAMP, "envelope head has no reqTime", () -> openApi.verify(noTime, "request"));
    }

    @Test
    void validRequestPassesAndParsedBodyIsTheRawBody() {
        String parsed = snap.verifyAndParse("POST", PATH + "?x=1", BODY, Golden.TIMESTAMP, validSignature(),
                raw -> new String(raw, StandardCharsets.UTF_8));
        assertEquals(new String(BODY, StandardCharsets.UTF_8), parsed);
        assertFalse(snap.toString().contains("MII"));
    }
}
