package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.sandbox.qris.CustomerCodes;
import dev.danakit.sandbox.qris.QrisPayload;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** QRIS MPM Generate and CPM Payment over HTTP, signed as a merchant signs them. */
class QrisTest {

    private static final String MPM = "/v1.0/qr/qr-mpm-generate.htm";
    private static final String CPM = "/v1.0/qr/qr-cpm-payment.htm";

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @Test
    void generateAnswersAWellFormedDynamicQrisWhoseCrcRecomputes() {
        String reference = reference("MPM");
        HttpResponse<String> response = running.snapPost(MPM, generate(reference, "15000.00"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = SandboxHttp.json(response);
        assertEquals("2004700", body.path("responseCode").asText());
        assertEquals(reference, body.path("partnerReferenceNo").asText());
        assertEquals("STORE-7", body.path("storeId").asText());

        String qr = body.path("qrContent").asText();
        String crc = QrisPayload.crcHex(qr.substring(0, qr.length() - 4));
        assertTrue(qr.endsWith("6304" + crc), qr);
        Map<String, String> tags = QrisPayload.parse(qr);
        assertEquals("01", tags.get("00"));
        assertEquals("12", tags.get("01"));
        assertEquals("ID.DANA.WWW", QrisPayload.parse(tags.get("26")).get("00"));
        assertEquals(TestMerchant.MERCHANT_ID, QrisPayload.parse(tags.get("26")).get("02"));
        assertEquals("360", tags.get("53"));
        assertEquals("15000.00", tags.get("54"));
        assertEquals("ID", tags.get("58"));
        assertEquals(body.path("merchantName").asText(), tags.get("59"));
        assertEquals(reference, QrisPayload.parse(tags.get("62")).get("01"));
        assertEquals(crc, tags.get("63"));
    }

    @Test
    void generateRefusesAPartnerReferenceLongerThanQrisAllows() {
        HttpResponse<String> response = running.snapPost(MPM, generate("R".repeat(26), "15000.00"));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("4004701", SandboxHttp.json(response).path("responseCode").asText());
    }

    @Test
    void generateWithoutStoreIdIsAMissingMandatoryField() {
        String body = generate(reference("MPM"), "15000.00").replace("\"storeId\":\"STORE-7\",", "");
        HttpResponse<String> response = running.snapPost(MPM, body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("4004702", SandboxHttp.json(response).path("responseCode").asText());
    }

    @Test
    void cpmPaymentChargesAnIssuedCode() {
        String code = customerCode("50000.00", 60);
        String reference = reference("CPM");
        HttpResponse<String> response = running.snapPost(CPM, cpm(reference, code, "20000.00"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = SandboxHttp.json(response);
        assertEquals("2006000", body.path("responseCode").asText());
        assertEquals(reference, body.path("partnerReferenceNo").asText());
        assertEquals("20000.00", body.path("amount").path("value").asText());
        assertTrue(body.path("referenceNo").asText().length() > 10, response.body());
    }

    @Test
    void cpmRetryWithTheSamePartnerReferenceReplaysAndChargesOnce() {
        String code = customerCode("30000.00", 60);
        String reference = reference("CPM");
        HttpResponse<String> first = running.snapPost(CPM, cpm(reference, code, "20000.00"));
        HttpResponse<String> retry = running.snapPost(CPM, cpm(reference, code, "20000.00"));
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals(SandboxHttp.json(first).path("referenceNo"), SandboxHttp.json(retry).path("referenceNo"));
        // only 10000.00 is left: a second real charge of 20000.00 is refused
        HttpResponse<String> another = running.snapPost(CPM, cpm(reference("CPM"), code, "20000.00"));
        assertEquals("4036014", SandboxHttp.json(another).path("responseCode").asText(), another.body());
    }

    @Test
    void cpmRetryWithTheSameReferenceButAnotherAmountIsInconsistent() {
        String code = customerCode("30000.00", 60);
        String reference = reference("CPM");
        assertEquals(200, running.snapPost(CPM, cpm(reference, code, "1000.00")).statusCode());
        HttpResponse<String> changed = running.snapPost(CPM, cpm(reference, code, "2000.00"));
        assertEquals(404, changed.statusCode(), changed.body());
        assertEquals("4046018", SandboxHttp.json(changed).path("responseCode").asText());
    }

    @Test
    void cpmWithACodeNoCustomerShowedIsAnInvalidQr() {
        HttpResponse<String> response = running.snapPost(CPM, cpm(reference("CPM"), "not-a-dana-code", "1000.00"));
        assertEquals(400, response.statusCode(), response.body());
        JsonNode body = SandboxHttp.json(response);
        assertEquals("4006001", body.path("responseCode").asText());
        assertEquals("Invalid Field Format qrContent", body.path("responseMessage").asText());
    }

    @Test
    void cpmWithAnExpiredCodeIsTransactionExpired() {
        HttpResponse<String> response = running.snapPost(CPM, cpm(reference("CPM"), CustomerCodes.STANDING_EXPIRED, "1000.00"));
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("4036000", SandboxHttp.json(response).path("responseCode").asText());
    }

    @Test
    void cpmBeyondTheBalanceIsInsufficientFunds() {
        HttpResponse<String> response = running.snapPost(CPM, cpm(reference("CPM"), CustomerCodes.STANDING_EMPTY, "1000.00"));
        assertEquals(403, response.statusCode(), response.body());
        assertEquals("4036014", SandboxHttp.json(response).path("responseCode").asText());
    }

    @Test
    void cpmQrContentOverFiveHundredTwelveCharactersIsInvalidFieldFormat() {
        HttpResponse<String> response = running.snapPost(CPM, cpm(reference("CPM"), "2".repeat(513), "1000.00"));
        assertEquals("4006001", SandboxHttp.json(response).path("responseCode").asText(), response.body());
    }

    @Test
    void payingAQrisTwiceIsAConflictAndAForeignPayloadIsNotFound() {
        HttpResponse<String> generated = running.snapPost(MPM, generate(reference("MPM"), "1000.00"));
        String qr = SandboxHttp.json(generated).path("qrContent").asText();
        assertEquals(200, running.http.postJson("/sandbox/qris/pay", Map.of("qrContent", qr)).statusCode());
        assertEquals(409, running.http.postJson("/sandbox/qris/pay", Map.of("qrContent", qr)).statusCode());
        String tampered = qr.replace("1000.00", "9000.00");
        assertEquals(400, running.http.postJson("/sandbox/qris/pay", Map.of("qrContent", tampered)).statusCode());
        String foreign = tampered.substring(0, tampered.length() - 4)
                + QrisPayload.crcHex(tampered.substring(0, tampered.length() - 4));
        assertNotEquals(qr, foreign);
        assertEquals(404, running.http.postJson("/sandbox/qris/pay", Map.of("qrContent", foreign)).statusCode());
    }

    static String customerCode(String balance, long validSeconds) {
        HttpResponse<String> issued = running.http.postJson("/sandbox/qris/customer-codes",
                Map.of("balance", balance, "validSeconds", validSeconds));
        assertEquals(201, issued.statusCode(), issued.body());
        return SandboxHttp.json(issued).path("qrContent").asText();
    }

    static String reference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 18);
    }

    static String generate(String reference, String value) {
        return "{\"merchantId\":\"" + TestMerchant.MERCHANT_ID + "\",\"storeId\":\"STORE-7\",\"terminalId\":\"T-9\","
                + "\"partnerReferenceNo\":\"" + reference + "\",\"amount\":{\"value\":\"" + value + "\",\"currency\":\"IDR\"}}";
    }

    static String cpm(String reference, String qrContent, String value) {
        return "{\"partnerReferenceNo\":\"" + reference + "\",\"qrContent\":\"" + qrContent + "\","
                + "\"amount\":{\"value\":\"" + value + "\",\"currency\":\"IDR\"},\"merchantId\":\"" + TestMerchant.MERCHANT_ID + "\"}";
    }
}
