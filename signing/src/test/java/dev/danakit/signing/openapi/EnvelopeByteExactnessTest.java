package dev.danakit.signing.openapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.danakit.signing.Golden;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EnvelopeByteExactnessTest {

    private static final String VALUE = Golden.text("openapi-request-value.json");
    private static final String SIG = Golden.text("openapi-request.signature.b64");

    private final OpenApiVerifier verifier =
            new OpenApiVerifier(Golden.danaPublic(), Golden.clockAt(Golden.INSTANT), Duration.ofMinutes(5));

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"request\":%s,\"signature\":\"%s\"}",
        "{\n  \"request\" : %s ,\n  \"signature\" : \"%s\"\n}\n",
        "\r\n{\t\"signature\":\"%2$s\",\r\n\t\"request\":\r\n%1$s\r\n}",
        "{\"extra\":{\"request\":{\"x\":1}},\"request\":   %s   ,\"signature\":\"%s\",\"more\":[1,{\"a\":\"}\"}]}"
    })
    void whitespaceAndMembersAroundTheValueStillYieldTheExactValueBytes(String layout) {
        byte[] envelope = String.format(layout, VALUE, SIG).getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(VALUE.getBytes(StandardCharsets.UTF_8), OpenApiEnvelope.signedValue(envelope, "request"));
        assertArrayEquals(VALUE.getBytes(StandardCharsets.UTF_8), verifier.verify(envelope, "request"));
    }

    @Test
    void whitespaceInsideTheValueIsPartOfTheSignedBytes() {
        String spaced = VALUE.replace("{\"head\":{", "{ \"head\" : {");
        byte[] envelope = ("{\"request\":" + spaced + ",\"signature\":\"" + SIG + "\"}").getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(spaced.getBytes(StandardCharsets.UTF_8), OpenApiEnvelope.signedValue(envelope, "request"));
        SignatureVerificationException e =
                assertThrows(SignatureVerificationException.class, () -> verifier.verify(envelope, "request"));
        assertEquals(Reason.BAD_SIGNATURE, e.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"reorder", "escape"})
    void reSerialisedValueFailsVerification(String change) {
        String rewritten = change.equals("reorder")
                ? VALUE.replace("\"version\":\"2.0\",\"function\":\"dana.oauth.unbind.notify\",",
                        "\"function\":\"dana.oauth.unbind.notify\",\"version\":\"2.0\",")
                : VALUE.replace("\"reserve\":\"{}\"", "\"reserve\":\"\\u007b}\"");
        assertEquals(VALUE.length() + (change.equals("reorder") ? 0 : 5), rewritten.length());
        byte[] envelope = OpenApiEnvelope.compose("request", rewritten.getBytes(StandardCharsets.UTF_8), SIG);
        SignatureVerificationException e =
                assertThrows(SignatureVerificationException.class, () -> verifier.verify(envelope, "request"));
        assertEquals(Reason.BAD_SIGNATURE, e.reason());
    }

    @Test
    void duplicatedSignedMemberIsRejected() {
        byte[] envelope = ("{\"request\":" + VALUE + ",\"request\":{\"head\":{}},\"signature\":\"" + SIG + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.BODY_NOT_JSON, assertThrows(SignatureVerificationException.class,
                () -> OpenApiEnvelope.signedValue(envelope, "request")).reason());
    }

    @Test
    void nestingBeyondTheLimitIsRejectedCheaply() {
        String deep = "[".repeat(OpenApiEnvelope.MAX_NESTING_DEPTH + 1) + "]".repeat(OpenApiEnvelope.MAX_NESTING_DEPTH + 1);
        byte[] envelope = ("{\"request\":{\"x\":" + deep + "},\"signature\":\"AA==\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.BODY_NOT_JSON, assertThrows(SignatureVerificationException.class,
                () -> OpenApiEnvelope.signedValue(envelope, "request")).reason());
    }

    @Test
    void overlongNumberIsRejected() {
        byte[] envelope = ("{\"signature\":\"AA==\",\"n\":" + "9".repeat(OpenApiEnvelope.MAX_NUMBER_LENGTH + 1)
                + ",\"request\":{}}").getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.BODY_NOT_JSON, assertThrows(SignatureVerificationException.class,
                () -> OpenApiEnvelope.parse(envelope, "request")).reason());
    }

    @Test
    void trailingContentIsRejected() {
        byte[] envelope = (Golden.text("openapi-request-envelope.json") + "{}").getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.BODY_NOT_JSON, assertThrows(SignatureVerificationException.class,
                () -> OpenApiEnvelope.signedValue(envelope, "request")).reason());
    }

    @Test
    void composeRefusesANonBase64Signature() {
        assertThrows(IllegalArgumentException.class,
                () -> OpenApiEnvelope.compose("request", new byte[] {'{', '}'}, "AA\",\"x\":\"y"));
        assertThrows(IllegalArgumentException.class,
                () -> OpenApiEnvelope.compose("other", new byte[] {'{', '}'}, "AA=="));
    }

    @Test
    void verifyAndParseHandsOnlyTheVerifiedValueToTheParser() {
        byte[] envelope = Golden.bytes("openapi-request-envelope.json");
        String parsed = verifier.verifyAndParse(envelope, "request", bytes -> new String(bytes, StandardCharsets.UTF_8));
        assertEquals(VALUE, parsed);
    }
}
