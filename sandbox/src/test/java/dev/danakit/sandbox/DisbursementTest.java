package dev.danakit.sandbox;

import static dev.danakit.sandbox.SnapAnswers.assertCode;
import static dev.danakit.sandbox.SnapAnswers.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Top-ups and transfers to bank keep their own state: reference numbers, amounts and statuses. */
class DisbursementTest {

    private static final String TOPUP = "/rest/v1.0/emoney/topup";
    private static final String TOPUP_STATUS = "/rest/v1.0/emoney/topup-status";
    private static final String TRANSFER = "/v1.0/emoney/transfer-bank.htm";
    private static final String TRANSFER_STATUS = "/v1.0/emoney/transfer-bank-status.htm";

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @Test
    void eachTopUpHasItsOwnReferenceAndItsStatusAnswersItsAmount() {
        String first = "TOP-" + UUID.randomUUID();
        String second = "TOP-" + UUID.randomUUID();
        JsonNode one = ok(running.snapPost(TOPUP, topUp(first, "15000.00")), "2003800");
        JsonNode two = ok(running.snapPost(TOPUP, topUp(second, "20000.00")), "2003800");
        assertNotEquals(one.path("referenceNo").asText(), two.path("referenceNo").asText());

        JsonNode status = ok(running.snapPost(TOPUP_STATUS, status(second, "38")), "2003900");
        assertEquals(two.path("referenceNo").asText(), status.path("originalReferenceNo").asText());
        assertEquals("20000.00", status.at("/amount/value").asText());
        assertEquals("00", status.path("latestTransactionStatus").asText());
        assertEquals("SUCCESS", status.path("transactionStatusDesc").asText());
    }

    @Test
    void aTransferMovedToFailedIsAnsweredFailedWithItsHistory() {
        String reference = "TRF-" + UUID.randomUUID();
        ok(running.snapPost(TRANSFER, transfer(reference)), "2004300");
        HttpResponse<String> moved = running.http.postJson("/sandbox/transfers/status", Map.of("clientId",
                TestMerchant.CLIENT_ID, "kind", "BANK", "partnerReferenceNo", reference, "status", "FAILED"));
        assertEquals(200, moved.statusCode(), moved.body());
        JsonNode history = SandboxHttp.json(moved).path("history");
        assertEquals(List.of("INIT", "SUCCESS", "FAILED"), List.of(history.get(0).path("status").asText(),
                history.get(1).path("status").asText(), history.get(2).path("status").asText()));
        JsonNode status = ok(running.snapPost(TRANSFER_STATUS, status(reference, "43")), "2000000");
        assertEquals("06", status.path("latestTransactionStatus").asText());
        assertEquals("FAILED", status.path("transactionStatusDesc").asText());
        assertEquals(404, running.http.postJson("/sandbox/transfers/status", Map.of("clientId",
                TestMerchant.CLIENT_ID, "kind", "TOPUP", "partnerReferenceNo", reference, "status", "FAILED"))
                .statusCode(), "a transfer to bank is not a top-up");
    }

    @Test
    void aTopUpIsNotATransferToBank() {
        String reference = "TOP-" + UUID.randomUUID();
        ok(running.snapPost(TOPUP, topUp(reference, "15000.00")), "2003800");
        assertCode(running.snapPost(TRANSFER_STATUS, status(reference, "43")), 404, "4040001");
    }

    @Test
    void aTransferToBankIsFoundByItsReferenceNumber() {
        String reference = "TRF-" + UUID.randomUUID();
        JsonNode sent = ok(running.snapPost(TRANSFER, transfer(reference)), "2004300");
        JsonNode status = ok(running.snapPost(TRANSFER_STATUS, "{\"originalReferenceNo\":\""
                + sent.path("referenceNo").asText() + "\",\"serviceCode\":\"43\"}"), "2000000");
        assertEquals(reference, status.path("originalPartnerReferenceNo").asText());
        assertEquals("30000.00", status.at("/amount/value").asText());
    }

    @Test
    void anAmountInAnotherCurrencyNamesItsCurrency() {
        HttpResponse<String> answer = running.snapPost(TOPUP, topUp("TOP-" + UUID.randomUUID(), "15000.00")
                .replace("\"currency\":\"IDR\"}", "\"currency\":\"USD\"}"));
        assertCode(answer, 400, "4003801");
        assertEquals("Invalid Field Format amount.currency", SandboxHttp.json(answer).path("responseMessage").asText());
    }

    private static String topUp(String reference, String value) {
        return "{\"partnerReferenceNo\":\"" + reference + "\",\"customerNumber\":\"62811742234\","
                + "\"amount\":{\"value\":\"" + value + "\",\"currency\":\"IDR\"},"
                + "\"feeAmount\":{\"value\":\"0.00\",\"currency\":\"IDR\"},"
                + "\"transactionDate\":\"2030-05-13T10:15:30+07:00\","
                + "\"additionalInfo\":{\"fundType\":\"AGENT_TOPUP_FOR_USER_SETTLE\"}}";
    }

    private static String transfer(String reference) {
        return "{\"partnerReferenceNo\":\"" + reference + "\","
                + "\"customerNumber\":\"62811742234\",\"beneficiaryAccountNumber\":\"8860123456\","
                + "\"beneficiaryBankCode\":\"014\",\"amount\":{\"value\":\"30000.00\",\"currency\":\"IDR\"},"
                + "\"additionalInfo\":{\"fundType\":\"MERCHANT_WITHDRAW_FOR_CORPORATE\"}}";
    }

    private static String status(String reference, String serviceCode) {
        return "{\"originalPartnerReferenceNo\":\"" + reference + "\",\"serviceCode\":\"" + serviceCode + "\"}";
    }
}
