package dev.danakit.sandbox;

import static dev.danakit.sandbox.Eventually.await;
import static dev.danakit.sandbox.SnapAnswers.assertCode;
import static dev.danakit.sandbox.SnapAnswers.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.sandbox.twin.CallbackDelivery;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An order through its life on the payment gateway: create, query, pay (Finish Notify to the merchant's
 * DanaCallbacks, retried until it answers 2005600), refund, cancel; and DANA's idempotency.
 */
class PaymentFlowTest extends MerchantFlowFixture<MerchantCallbackServer> {

    private static final String CREATE = "/payment-gateway/v1.0/debit/payment-host-to-host.htm";
    private static final String QUERY = "/payment-gateway/v1.0/debit/status.htm";
    private static final String CANCEL = "/payment-gateway/v1.0/debit/cancel.htm";
    private static final String REFUND = "/payment-gateway/v1.0/debit/refund.htm";

    private String reference;

    PaymentFlowTest() {
        super(MerchantCallbackServer::new);
    }

    @BeforeEach
    void newReference() {
        reference = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createQueryPayRefund() {
        JsonNode created = ok(running.snapPost(CREATE, createOrder(reference, "10000.00")), "2005400");
        assertEquals(reference, created.path("partnerReferenceNo").asText());
        String referenceNo = created.path("referenceNo").asText();

        assertStatus(query(), "01", "INIT");

        merchantSide.failNext(1);
        HttpResponse<String> paid = running.http.postJson("/sandbox/orders/pay",
                Map.of("clientId", TestMerchant.CLIENT_ID, "partnerReferenceNo", reference));
        assertEquals(200, paid.statusCode(), paid.body());
        await(() -> running.sandbox.deliveries().stream().anyMatch(CallbackDelivery.Attempt::accepted));
        assertEquals(List.of(reference + " SUCCESS"), merchantSide.finishedOrders());
        assertEquals(2, running.sandbox.deliveries().size(), "one failed delivery, one accepted retry");

        JsonNode status = assertStatus(query(), "00", "SUCCESS");
        assertEquals(referenceNo, status.path("originalReferenceNo").asText());

        ok(running.snapPost(REFUND, refund("RFD-1", "4000.00")), "2005800");
        assertStatus(query(), "00", "SUCCESS");
        assertCode(running.snapPost(REFUND, refund("RFD-2", "6000.01")), 404, "4045813");
        ok(running.snapPost(REFUND, refund("RFD-3", "6000.00")), "2005800");
        assertStatus(query(), "04", "REFUNDED");
        assertCode(running.snapPost(CANCEL, cancel()), 404, "4045700");
    }

    @Test
    void anUnpaidOrderCanBeCancelledOnce() {
        ok(running.snapPost(CREATE, createOrder(reference, "10000.00")), "2005400");
        ok(running.snapPost(CANCEL, cancel()), "2005700");
        assertStatus(query(), "05", "CANCELLED");
        assertCode(running.snapPost(CANCEL, cancel()), 404, "4045700");
        assertCode(running.snapPost(REFUND, refund("RFD-1", "1.00")), 404, "4045800");
    }

    @Test
    void samePartnerReferenceNoReplaysTheFirstAnswerAndChangedContentIsInconsistent() {
        JsonNode first = ok(running.snapPost(CREATE, createOrder(reference, "10000.00")), "2005400");
        JsonNode replay = ok(running.snapPost(CREATE, createOrder(reference, "10000.00")), "2005400");
        assertEquals(first.path("referenceNo"), replay.path("referenceNo"), "no second order");
        assertCode(running.snapPost(CREATE, createOrder(reference, "20000.00")), 404, "4045418");
    }

    @Test
    void aRepeatedPartnerRefundNoGetsTheFirstRefundOrIsInconsistentWithAnotherAmount() {
        ok(running.snapPost(CREATE, createOrder(reference, "10000.00")), "2005400");
        running.http.postJson("/sandbox/orders/pay", Map.of("clientId", TestMerchant.CLIENT_ID,
                "partnerReferenceNo", reference));
        JsonNode first = ok(running.snapPost(REFUND, refund("RFD-1", "1000.00")), "2005800");
        JsonNode again = ok(running.snapPost(REFUND, refund("RFD-1", "1000.00")), "2005800");
        assertEquals(first.path("refundNo"), again.path("refundNo"), "one refund, answered twice");
        assertCode(running.snapPost(REFUND, refund("RFD-1", "2000.00")), 404, "4045818");
        JsonNode status = assertStatus(query(), "00", "SUCCESS");
        assertEquals("1000.00", status.at("/additionalInfo/amountDetail/refundAmount/value").asText(), status.toString());
    }

    @Test
    void theQueryAnswersTheOrderAsCreated() {
        ok(running.snapPost(CREATE, createOrder(reference, "12345.00")), "2005400");
        JsonNode created = assertStatus(query(), "01", "INIT");
        assertEquals("12345.00", created.at("/amount/value").asText(), created.toString());
        assertEquals("IDR", created.at("/amount/currency").asText());
        assertEquals("Headphones", created.path("title").asText(), created.toString());
        assertEquals("2030-05-13T10:45:30+07:00", created.at("/additionalInfo/timeDetail/expiryTime").asText());
        assertEquals("INIT", created.at("/additionalInfo/statusDetail/acquirementStatus").asText());
        assertEquals(TestMerchant.MERCHANT_ID, created.at("/additionalInfo/merchantId").asText());
        assertTrue(created.at("/additionalInfo/timeDetail/createdTime").asText().endsWith("+07:00"), created.toString());
        assertTrue(created.path("paidTime").isMissingNode(), "not paid yet: " + created);
        ok(running.snapPost(CANCEL, cancel()), "2005700");
        JsonNode cancelled = assertStatus(query(), "05", "CANCELLED");
        assertEquals("CLOSED", cancelled.at("/additionalInfo/statusDetail/acquirementStatus").asText());
        assertTrue(cancelled.at("/additionalInfo/timeDetail/cancelledTime").isTextual(), cancelled.toString());
    }

    @Test
    void unknownOrderIsNotFound() {
        assertCode(running.snapPost(QUERY, "{\"originalPartnerReferenceNo\":\"nope\",\"serviceCode\":\"54\","
                + "\"merchantId\":\"" + TestMerchant.MERCHANT_ID + "\"}"), 404, "4045501");
    }

    private HttpResponse<String> query() {
        return running.snapPost(QUERY, "{\"originalPartnerReferenceNo\":\"" + reference + "\",\"serviceCode\":\"54\","
                + "\"merchantId\":\"" + TestMerchant.MERCHANT_ID + "\"}");
    }

    private String cancel() {
        return "{\"originalPartnerReferenceNo\":\"" + reference + "\",\"merchantId\":\"" + TestMerchant.MERCHANT_ID + "\"}";
    }

    private String refund(String refundNo, String value) {
        return "{\"originalPartnerReferenceNo\":\"" + reference + "\",\"merchantId\":\"" + TestMerchant.MERCHANT_ID
                + "\",\"partnerRefundNo\":\"" + refundNo + "\",\"refundAmount\":{\"value\":\"" + value
                + "\",\"currency\":\"IDR\"},\"reason\":\"returned\"}";
    }

    private static String createOrder(String reference, String value) {
        return "{\"partnerReferenceNo\":\"" + reference + "\",\"merchantId\":\"" + TestMerchant.MERCHANT_ID + "\","
                + "\"amount\":{\"value\":\"" + value + "\",\"currency\":\"IDR\"},"
                + "\"validUpTo\":\"2030-05-13T10:45:30+07:00\","
                + "\"urlParams\":[{\"url\":\"https://merchant.example/return\",\"type\":\"PAY_RETURN\",\"isDeeplink\":\"N\"},"
                + "{\"url\":\"https://merchant.example/notify\",\"type\":\"NOTIFICATION\",\"isDeeplink\":\"N\"}],"
                + "\"additionalInfo\":{\"mcc\":\"5732\",\"envInfo\":{\"sourcePlatform\":\"IPG\",\"terminalType\":\"SYSTEM\"},"
                + "\"order\":{\"orderTitle\":\"Headphones\",\"scenario\":\"REDIRECT\"}}}";
    }

    private static JsonNode assertStatus(HttpResponse<String> response, String status, String description) {
        JsonNode json = ok(response, "2005500");
        assertEquals(status, json.path("latestTransactionStatus").asText(), response.body());
        assertEquals(description, json.path("transactionStatusDesc").asText());
        return json;
    }
}
