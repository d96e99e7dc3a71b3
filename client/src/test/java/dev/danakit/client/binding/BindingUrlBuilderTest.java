package dev.danakit.client.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.DanaEnvironment;
import dev.danakit.signing.testing.TestKeyPairs;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BindingUrlBuilderTest {

    private static final KeyPair MERCHANT = TestKeyPairs.rsa2048();
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-13T03:15:30Z"), ZoneOffset.UTC);

    @Test
    void oauthUrlOnDanasSandboxCarriesTheDocumentedQuery() {
        BindingUrl url = builder(DanaEnvironment.SANDBOX.danaBaseUrl()).redirectUrl("https://merchant.example/dana/bound?x=1 2")
                .scopes("CASHIER", "QUERY_BALANCE").state("st-1").externalId("ext-1").merchantId("216620000012345678901")
                .build();
        assertEquals("https://m.sandbox.dana.id/v1.0/get-auth-code", url.uri().toString().split("\\?")[0]);
        Map<String, String> query = query(url.uri());
        assertEquals("2024051300000000001", query.get("partnerId"));
        assertEquals("CASHIER,QUERY_BALANCE", query.get("scopes"));
        assertEquals("ext-1", query.get("externalId"));
        assertEquals("95221", query.get("channelId"));
        assertEquals("2024-05-13T10:15:30+07:00", query.get("timestamp"));
        assertEquals("true", query.get("isSnapBI"));
        assertEquals("https://merchant.example/dana/bound?x=1 2", query.get("redirectUrl"));
        assertEquals("st-1", url.state());
        assertEquals("st-1", query.get("state"));
        assertEquals("216620000012345678901", query.get("merchantId"));
        // RFC 3986: the space is %20, the reserved characters of the redirect URL are escaped
        assertTrue(url.uri().getRawQuery().contains("redirectUrl=https%3A%2F%2Fmerchant.example%2Fdana%2Fbound%3Fx%3D1%202"),
                url.uri().getRawQuery());
        assertTrue(url.uri().getRawQuery().contains("timestamp=2024-05-13T10%3A15%3A30%2B07%3A00"));
    }

    @Test
    void productionAndDeeplinkPages() {
        URI production = DanaEnvironment.PRODUCTION.danaBaseUrl();
        assertTrue(builder(production).redirectUrl("https://m.example/b").build().toString()
                .startsWith("https://m.dana.id/v1.0/get-auth-code?"));
        BindingUrl deeplink = builder(production).deeplink().redirectUrl("https://m.example/b").build();
        assertTrue(deeplink.toString().startsWith("https://link.dana.id/bindSnap?"), deeplink.toString());
        Map<String, String> query = query(deeplink.uri());
        assertEquals("WEB", query.get("terminalType"));
        assertEquals(36, query.get("requestId").length());
        assertFalse(query.containsKey("isSnapBI"));
        assertTrue(builder(DanaEnvironment.SANDBOX.danaBaseUrl()).deeplink().redirectUrl("https://m.example/b").build()
                .toString().startsWith("https://bw93.test-app.link/bindSnap?"));
        assertTrue(builder(URI.create("http://127.0.0.1:8080/")).redirectUrl("https://m.example/b").build()
                .toString().startsWith("http://127.0.0.1:8080/v1.0/get-auth-code?"));
    }

    @Test
    void seamlessDataIsJsonWithTheMobileKeySignedByTheMerchantAndNeverAPlus() throws Exception {
        BindingUrl url = builder(DanaEnvironment.SANDBOX.danaBaseUrl()).redirectUrl("https://m.example/b")
                .seamlessData(new SeamlessData("PAYMENT", "6281234567890", "2024-05-13T10:15:00+07:00", "user 7", null, null))
                .build();
        String raw = url.uri().getRawQuery();
        assertFalse(raw.contains("+"), raw);
        Map<String, String> query = query(url.uri());
        JsonNode seamless = new ObjectMapper().readTree(query.get("seamlessData"));
        assertEquals("6281234567890", seamless.path("mobile").asText());
        assertFalse(seamless.has("mobileNumber"));
        assertEquals("user 7", seamless.path("externalUid").asText());
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(MERCHANT.getPublic());
        verifier.update(query.get("seamlessData").getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(query.get("seamlessSign"))));
    }

    @Test
    void valuesBeyondTheSpecAreRefusedNamingTheField() {
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class,
                () -> builder(DanaEnvironment.SANDBOX.danaBaseUrl()).redirectUrl("https://m.example/b")
                        .subMerchantId("D".repeat(33)).build());
        assertTrue(tooLong.getMessage().contains("subMerchantId"), tooLong.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> builder(DanaEnvironment.SANDBOX.danaBaseUrl()).build());
        assertTrue(missing.getMessage().contains("redirectUrl"), missing.getMessage());
        IllegalArgumentException phone = assertThrows(IllegalArgumentException.class,
                () -> builder(DanaEnvironment.SANDBOX.danaBaseUrl()).redirectUrl("https://m.example/b")
                        .seamlessData(SeamlessData.mobileNumber("6".repeat(19))).build());
        assertTrue(phone.getMessage().contains("seamlessData.mobileNumber"), phone.getMessage());
        IllegalArgumentException noScope = assertThrows(IllegalArgumentException.class,
                () -> builder(DanaEnvironment.SANDBOX.danaBaseUrl()).redirectUrl("https://m.example/b").scopes().build());
        assertTrue(noScope.getMessage().contains("scopes"), noScope.getMessage());
    }

    @Test
    void seamlessDataLongerThanDanaTakesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder(DanaEnvironment.SANDBOX.danaBaseUrl()).redirectUrl("https://m.example/b")
                        // each field within its own limit, but escaped quotes double the JSON text
                        .seamlessData(new SeamlessData("\"".repeat(64), "6281234567890", "2024-05-13T10:15:00+07:00",
                                "\"".repeat(64), "\"".repeat(64), true))
                        .build());
        assertTrue(e.getMessage().startsWith("seamlessData"), e.getMessage());
    }

    private static BindingUrlBuilder builder(URI base) {
        return new BindingUrlBuilder(DanaClientConfig.builder().baseUrl(base).partnerId("2024051300000000001")
                .merchantPrivateKey(MERCHANT.getPrivate()).verifyResponseSignatures(false).clock(CLOCK).build(), VALIDATOR);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            // percent-decoding only: a literal + would have stayed a +
            values.put(kv[0], URLDecoder.decode(kv[1].replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return values;
    }
}
