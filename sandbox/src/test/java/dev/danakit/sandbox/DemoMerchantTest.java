package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.sandbox.demo.DemoCall;
import dev.danakit.sandbox.demo.DemoMerchant;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The built-in demo merchant: what its signer gives Swagger UI, and the banner's {@code demo-call}. */
class DemoMerchantTest {

    private static final String APPLY_OTT = "/rest/v1.1/qr/apply-ott";
    private static final String OTT_BODY = "{\n  \"userResources\": [\"OTT\"],\n  \"additionalInfo\": {\"accessToken\": \""
            + DemoMerchant.CUSTOMER_ACCESS_TOKEN + "\"}\n}";

    private static Sandbox sandbox;
    private static SandboxHttp http;

    @BeforeAll
    static void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults(Files.createTempDirectory("dana-sandbox-demo")).withPort(0));
        http = new SandboxHttp(sandbox.baseUri());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void snapHeadersSignedOverTheExactBodyAreAcceptedByTheSandbox() {
        JsonNode signed = sign(APPLY_OTT, Map.of("X-PARTNER-ID", DemoMerchant.CLIENT_ID), OTT_BODY);
        assertEquals(OTT_BODY, signed.path("body").asText(), "a SNAP body is sent as the browser wrote it");
        Map<String, String> headers = new HashMap<>();
        signed.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
        headers.put("Authorization-Customer", "Bearer " + DemoMerchant.CUSTOMER_ACCESS_TOKEN);
        headers.put("X-DEVICE-ID", "browser");

        HttpResponse<String> answer = http.post(APPLY_OTT, headers, OTT_BODY.getBytes(StandardCharsets.UTF_8));

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("2004900", SandboxHttp.json(answer).path("responseCode").asText());
    }

    @Test
    void theOpenApiEnvelopeIsStampedAndSigned() {
        String body = "{\"request\":{\"head\":{\"version\":\"2.0\",\"function\":\"x\",\"clientId\":\""
                + DemoMerchant.CLIENT_ID + "\",\"clientSecret\":\"x\",\"reqTime\":\"2024-05-13T10:15:30+07:00\","
                + "\"reqMsgId\":\"old\",\"reserve\":\"{}\"},\"body\":{\"requestMerchantId\":\"" + DemoMerchant.MERCHANT_ID
                + "\",\"merchantResourceInfoList\":[\"MERCHANT_DEPOSIT_BALANCE\"]}},\"signature\":\"c2lnbmF0dXJl\"}";
        String path = "/dana/merchant/queryMerchantResource.htm";
        JsonNode signed = sign(path, Map.of(), body);
        JsonNode head = SandboxHttp.json(signed.path("body").asText()).path("request").path("head");
        assertEquals("dana.merchant.queryMerchantResource", head.path("function").asText(), "function from the spec");
        assertTrue(!"old".equals(head.path("reqMsgId").asText()), "a fresh reqMsgId");

        HttpResponse<String> answer = http.post(path, Map.of(),
                signed.path("body").asText().getBytes(StandardCharsets.UTF_8));

        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals("S", SandboxHttp.json(answer).path("response").path("body").path("resultInfo")
                .path("resultStatus").asText(), answer.body());
    }

    @Test
    void aRequestNamingAnotherMerchantOrNoOperationIsNotSigned() {
        HttpResponse<String> other = http.postJson("/sandbox/demo/sign", Map.of("method", "POST", "path", APPLY_OTT,
                "headers", Map.of("x-partner-id", "someone-else"), "body", OTT_BODY));
        assertEquals(404, other.statusCode(), other.body());
        HttpResponse<String> nowhere = http.postJson("/sandbox/demo/sign", Map.of("method", "POST",
                "path", "/sandbox/merchants", "headers", Map.of(), "body", "{}"));
        assertEquals(404, nowhere.statusCode(), nowhere.body());
        HttpResponse<String> notJson = http.postJson("/sandbox/demo/sign", Map.of("method", "POST",
                "path", "/dana/merchant/queryMerchantResource.htm", "headers", Map.of(), "body", "not json"));
        assertEquals(400, notJson.statusCode(), notJson.body());
    }

    @Test
    void theBannersDemoCallPerformsASignedApplyOtt() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = DemoCall.run(new String[] {"--url", sandbox.baseUri().toString()},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        assertTrue(output.contains("X-SIGNATURE: "), output);
        assertTrue(output.contains("\"responseCode\":\"2004900\""), output);
        assertFalse(output.contains(DemoMerchant.CUSTOMER_ACCESS_TOKEN), "the customer token is shortened on screen");
        assertTrue(output.lines().filter(line -> line.startsWith("X-SIGNATURE: "))
                .allMatch(line -> line.length() < "X-SIGNATURE: ".length() + 10), "the signature is shortened");
    }

    @Test
    void demoCallAgainstNoSandboxSaysSoAndFails() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = DemoCall.run(new String[] {"--url", "http://127.0.0.1:1"},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertEquals(1, exit);
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("demo-call: no sandbox answering at"));
    }

    private static JsonNode sign(String path, Map<String, String> headers, String body) {
        HttpResponse<String> signed = http.postJson("/sandbox/demo/sign",
                Map.of("method", "POST", "path", path, "headers", headers, "body", body));
        assertEquals(200, signed.statusCode(), signed.body());
        return SandboxHttp.json(signed);
    }
}
