package dev.danakit.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.signing.json.JsonMinifier;
import dev.danakit.signing.keys.PemKeys;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.AccessTokenSignature;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapSymmetric;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;

/** Our implementation must reproduce, byte for byte, what openssl computed (see golden/vectors.md). */
class GoldenVectorsTest {

    private static final String ASYM_PATH = "/v1.0/debit/payment-host-to-host.htm";
    private static final String SYM_PATH = "/v1.0/debit/status.htm";
    private static final String ACCESS_TOKEN = "test-only-access-token-gJ8d2kQ";
    private static final String CLIENT_SECRET = "test-only-client-secret-do-not-use";
    private static final String CLIENT_ID = "2024031500000000000001";

    @Test
    void prettySnapBodyMinifiesToTheHandWrittenMinifiedFile() {
        assertArrayEquals(Golden.bytes("snap-asym-body-min.json"),
                JsonMinifier.minify(Golden.bytes("snap-asym-body-pretty.json")));
        assertArrayEquals(Golden.bytes("snap-sym-body-min.json"),
                JsonMinifier.minify(Golden.bytes("snap-sym-body-pretty.json")));
    }

    @Test
    void snapAsymmetricStringToSignMatchesSha256sum() {
        String expected = Golden.text("snap-asym.string-to-sign.txt");
        assertTrue(expected.contains(Golden.text("snap-asym.body-sha256.hex")));
        assertEquals(expected,
                SnapAsymmetric.stringToSign("POST", ASYM_PATH, Golden.bytes("snap-asym-body-pretty.json"), Golden.TIMESTAMP));
        assertEquals(expected,
                SnapAsymmetric.stringToSign("POST", ASYM_PATH, Golden.bytes("snap-asym-body-min.json"), Golden.TIMESTAMP));
    }

    @Test
    void snapAsymmetricSignatureMatchesOpenssl() {
        String expected = Golden.text("snap-asym.signature.b64");
        assertEquals(expected, SnapAsymmetric.sign(Golden.merchantPrivate(), "POST", ASYM_PATH,
                Golden.bytes("snap-asym-body-pretty.json"), Golden.TIMESTAMP));
        assertTrue(SnapAsymmetric.verify(Golden.merchantPublic(), "POST", ASYM_PATH,
                Golden.bytes("snap-asym-body-pretty.json"), Golden.TIMESTAMP, expected));
    }

    @Test
    void pkcs1LoadedKeySignsIdenticallyToPkcs8LoadedKey() {
        String viaPkcs1 = SnapAsymmetric.sign(PemKeys.privateKey(Golden.text("test-only-merchant-pkcs1.pem")), "POST",
                ASYM_PATH, Golden.bytes("snap-asym-body-min.json"), Golden.TIMESTAMP);
        String viaPkcs8 = SnapAsymmetric.sign(Golden.merchantPrivate(), "POST",
                ASYM_PATH, Golden.bytes("snap-asym-body-min.json"), Golden.TIMESTAMP);
        assertEquals(viaPkcs8, viaPkcs1);
        assertEquals(Golden.text("snap-asym.signature.b64"), viaPkcs1);
    }

    @Test
    void snapSymmetricHmacMatchesOpenssl() {
        assertEquals(Golden.text("snap-sym.string-to-sign.txt"), SnapSymmetric.stringToSign("POST", SYM_PATH,
                ACCESS_TOKEN, Golden.bytes("snap-sym-body-pretty.json"), Golden.TIMESTAMP));
        String expected = Golden.text("snap-sym.hmac.b64");
        assertEquals(expected, SnapSymmetric.sign(CLIENT_SECRET, "POST", SYM_PATH, ACCESS_TOKEN,
                Golden.bytes("snap-sym-body-pretty.json"), Golden.TIMESTAMP));
        assertTrue(SnapSymmetric.verify(CLIENT_SECRET, "POST", SYM_PATH, ACCESS_TOKEN,
                Golden.bytes("snap-sym-body-min.json"), Golden.TIMESTAMP, expected));
    }

    @Test
    void accessTokenSignatureMatchesOpenssl() {
        assertEquals(Golden.text("access-token.string-to-sign.txt"),
                AccessTokenSignature.stringToSign(CLIENT_ID, Golden.TIMESTAMP));
        String expected = Golden.text("access-token.signature.b64");
        assertEquals(expected, AccessTokenSignature.sign(Golden.merchantPrivate(), CLIENT_ID, Golden.TIMESTAMP));
        assertTrue(AccessTokenSignature.verify(Golden.merchantPublic(), CLIENT_ID, Golden.TIMESTAMP, expected));
    }

    @Test
    void openApiRequestEnvelopeMatchesOpenssl() {
        assertEnvelopeMatchesOpenssl(OpenApiEnvelope.REQUEST, Golden.danaPrivate());
    }

    @Test
    void openApiResponseEnvelopeMatchesOpenssl() {
        OpenApiEnvelope.Parsed parsed = assertEnvelopeMatchesOpenssl(OpenApiEnvelope.RESPONSE, Golden.merchantPrivate());
        assertEquals("2024-03-15T10:20:31+07:00", parsed.headTime());
    }

    /** Signs, composes and reads back the golden envelope whose member is {@code member}. */
    private static OpenApiEnvelope.Parsed assertEnvelopeMatchesOpenssl(String member, PrivateKey key) {
        byte[] value = Golden.bytes("openapi-" + member + "-value.json");
        byte[] envelope = Golden.bytes("openapi-" + member + "-envelope.json");
        String signature = OpenApiEnvelope.sign(key, value);
        assertEquals(Golden.text("openapi-" + member + ".signature.b64"), signature);
        assertArrayEquals(envelope, OpenApiEnvelope.compose(member, value, signature));
        assertArrayEquals(envelope, OpenApiEnvelope.signAndCompose(key, member, value));
        assertArrayEquals(value, OpenApiEnvelope.signedValue(envelope, member));
        OpenApiEnvelope.Parsed parsed = OpenApiEnvelope.parse(envelope, member);
        assertArrayEquals(value, parsed.value());
        assertEquals(signature, parsed.signature());
        return parsed;
    }

    @Test
    void nicepayTokensMatchSha256sum() {
        assertEquals(Golden.text("nicepay-remove-token.sha256.hex"), NicepayMerchantToken.removeToken(
                "20240315102030", "IONPAYTEST", "e0478456-6b50-460c-85e0-627a1e22d2e0",
                "test-only-merchant-key-0123456789abcdef"));
        assertEquals(Golden.text("nicepay-deactivated-notification.sha256.hex"),
                NicepayMerchantToken.tokenDeactivatedNotification("IONPAYTEST", "e0478456-6b50-460c-85e0-627a1e22d2e0",
                        "23124532", "test-only-merchant-key-0123456789abcdef"));
    }
}
