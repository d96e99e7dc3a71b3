package dev.danakit.signing.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.signing.Golden;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.AccessTokenSignature;
import dev.danakit.signing.snap.SnapVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestSignerTest {

    private final TestSigner signer = new TestSigner(Golden.merchantPrivate(), Golden.clockAt(Golden.INSTANT));

    @Test
    void snapHeadersVerifyAndEditedHeadersDoNot() {
        byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        SnapVerifier verifier = new SnapVerifier(Golden.merchantPublic(), Golden.clockAt(Golden.INSTANT),
                Duration.ofMinutes(5));
        Map<String, String> h = signer.snapHeaders("POST", "/v1.0/x", body);
        assertEquals(Golden.TIMESTAMP, h.get("X-TIMESTAMP"));
        verifier.verify("POST", "/v1.0/x", body, h.get("X-TIMESTAMP"), h.get("X-SIGNATURE"));
        h.put("X-TIMESTAMP", signer.timestamp(Duration.ofSeconds(1)));
        assertEquals(Reason.BAD_SIGNATURE, assertThrows(SignatureVerificationException.class,
                () -> verifier.verify("POST", "/v1.0/x", body, h.get("X-TIMESTAMP"), h.get("X-SIGNATURE"))).reason());
    }

    @Test
    void accessTokenHeadersVerify() {
        Map<String, String> h = signer.accessTokenHeaders("client-1");
        assertTrue(AccessTokenSignature.verify(Golden.merchantPublic(), h.get("X-CLIENT-KEY"), h.get("X-TIMESTAMP"),
                h.get("X-SIGNATURE")));
    }

    @Test
    void openApiValueAndEnvelopesVerify() {
        byte[] value = signer.openApiValue("response", "dana.oauth.unbind.notify", "client \"1\"", "m-1",
                "{\"resultInfo\":{\"resultStatus\":\"S\"}}");
        assertEquals("{\"head\":{\"version\":\"2.0\",\"function\":\"dana.oauth.unbind.notify\",\"clientId\":\"client \\\"1\\\"\","
                + "\"respTime\":\"" + Golden.TIMESTAMP + "\",\"reqMsgId\":\"m-1\"},\"body\":{\"resultInfo\":{\"resultStatus\":\"S\"}}}",
                new String(value, StandardCharsets.UTF_8));
        OpenApiVerifier verifier = new OpenApiVerifier(Golden.merchantPublic(), Golden.clockAt(Golden.INSTANT),
                Duration.ofMinutes(5));
        assertArrayEquals(value, verifier.verify(signer.openApiResponse(value), OpenApiEnvelope.RESPONSE));
        byte[] request = signer.openApiValue("request", "f", "c", "m", "{}");
        assertArrayEquals(request, verifier.verify(signer.openApiRequest(request), OpenApiEnvelope.REQUEST));
        assertFalse(signer.toString().contains("MII"));
    }
}
