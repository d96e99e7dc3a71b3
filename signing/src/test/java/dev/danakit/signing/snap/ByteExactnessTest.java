package dev.danakit.signing.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.signing.Golden;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The signature covers the bytes on the wire: only whitespace outside strings may change. */
class ByteExactnessTest {

    private static final String PATH = "/v1.0/debit/payment-host-to-host.htm";
    private static final String SIGNATURE = Golden.text("snap-asym.signature.b64");

    private static boolean verifies(String body) {
        return SnapAsymmetric.verify(Golden.merchantPublic(), "POST", PATH, body.getBytes(StandardCharsets.UTF_8),
                Golden.TIMESTAMP, SIGNATURE);
    }

    @Test
    void prettyPrintedAndMinifiedBodiesBothVerify() {
        assertTrue(verifies(Golden.text("snap-asym-body-pretty.json")));
        assertTrue(verifies(Golden.text("snap-asym-body-min.json")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "reordered keys       | '\"partnerReferenceNo\":\"2024031510203000001\",\"merchantId\":\"216620000000000000000\"' | '\"merchantId\":\"216620000000000000000\",\"partnerReferenceNo\":\"2024031510203000001\"'",
        "slash unescaped      | 'https:\\/\\/merchant.example\\/notify' | 'https://merchant.example/notify'",
        "unicode unescaped    | 'caf\\u00e9'                            | 'café'",
        "unicode upper-cased  | 'caf\\u00e9'                            | 'caf\\u00E9'",
        "raw é escaped        | '\"raw\":\"é\"'                          | '\"raw\":\"\\u00e9\"'",
        "nested json altered  | '{\\\"deviceId\\\": \\\"abc 123\\\", \\\"n\\\":1}' | '{\\\"deviceId\\\":\\\"abc 123\\\",\\\"n\\\":1}'",
        "space inside string  | 'spaces   inside'                       | 'spaces inside'",
        "number rewritten     | '\"qty\":2'                             | '\"qty\":2.0'"
    })
    void anyRewriteBeyondWhitespaceFailsVerification(String what, String original, String rewritten) {
        String body = Golden.text("snap-asym-body-min.json");
        assertTrue(body.contains(original), "fixture must contain the fragment being rewritten");
        String tampered = body.replace(original, rewritten);
        assertNotEquals(body, tampered);
        assertFalse(verifies(tampered));
    }

    @Test
    void queryStringAndHostAreNotPartOfThePath() {
        byte[] body = Golden.bytes("snap-asym-body-min.json");
        String expected = Golden.text("snap-asym.string-to-sign.txt");
        assertEquals(expected, SnapAsymmetric.stringToSign("post", PATH + "?lang=id#x", body, Golden.TIMESTAMP));
        assertEquals(expected,
                SnapAsymmetric.stringToSign("POST", "https://api.example" + PATH + "?a=1", body, Golden.TIMESTAMP));
        assertEquals(expected, SnapAsymmetric.stringToSign("POST", PATH.substring(1), body, Golden.TIMESTAMP));
    }

    @Test
    void emptyBodyHashesTheEmptyString() {
        assertEquals("GET:/v1.0/x:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855:" + Golden.TIMESTAMP,
                SnapAsymmetric.stringToSign("GET", "/v1.0/x", null, Golden.TIMESTAMP));
    }

    @Test
    void symmetricSignatureRejectsWrongSecretAndToken() {
        byte[] body = Golden.bytes("snap-sym-body-min.json");
        String hmac = Golden.text("snap-sym.hmac.b64");
        assertFalse(SnapSymmetric.verify("another-secret", "POST", "/v1.0/debit/status.htm",
                "test-only-access-token-gJ8d2kQ", body, Golden.TIMESTAMP, hmac));
        assertFalse(SnapSymmetric.verify("test-only-client-secret-do-not-use", "POST", "/v1.0/debit/status.htm",
                "another-token", body, Golden.TIMESTAMP, hmac));
    }

    @Test
    void accessTokenSignatureRejectsOtherClientId() {
        assertFalse(AccessTokenSignature.verify(Golden.merchantPublic(), "2024031500000000000002", Golden.TIMESTAMP,
                Golden.text("access-token.signature.b64")));
    }
}
