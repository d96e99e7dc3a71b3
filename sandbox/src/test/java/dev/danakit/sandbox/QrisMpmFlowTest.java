package dev.danakit.sandbox;

import static dev.danakit.sandbox.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.callbacks.Notification;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.paymentgateway.model.QueryPaymentRequest;
import dev.danakit.client.paymentgateway.model.QueryPaymentResponse;
import dev.danakit.client.paymentgateway.model.RefundOrderRequest;
import dev.danakit.client.paymentgateway.model.RefundOrderResponse;
import dev.danakit.client.qris.model.Money;
import dev.danakit.client.qris.model.QrMpmGenerateRequest;
import dev.danakit.client.qris.model.QrMpmGenerateResponse;
import dev.danakit.sandbox.qris.QrisPayload;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.sandbox.twin.CallbackDelivery;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole QRIS MPM flow offline, as a merchant lives it with the kit: Generate QRIS with DanaClient, the
 * customer pays the QRIS in the sandbox, DANA's signed QRIS-shaped Finish Notify reaches the merchant's handler at
 * the merchant's own path (DanaCallbacks), Query Payment (serviceCode 47) shows it paid, and a refund goes through.
 */
class QrisMpmFlowTest extends MerchantFlowFixture<QrisNotifyReceiver> {

    QrisMpmFlowTest() {
        super(QrisNotifyReceiver::new);
    }

    @Test
    void generatePayNotifyQueryRefund() {
        String reference = "QRIS-" + UUID.randomUUID().toString().substring(0, 12);
        Outcome<QrMpmGenerateResponse> generated = dana.qris().call(api -> api.qrMpmGenerate(new QrMpmGenerateRequest()
                .merchantId(TestMerchant.MERCHANT_ID).storeId("STORE-001").terminalId("T-001")
                .partnerReferenceNo(reference).amount(new Money().value("12500.00").currency("IDR"))));
        assertTrue(generated.isSuccess(), generated.toString());
        assertEquals("2004700", generated.code().code());
        String qrContent = generated.value().orElseThrow().getQrContent();
        assertTrue(QrisPayload.crcValid(qrContent), qrContent);
        assertEquals("12500.00", QrisPayload.parse(qrContent).get("54"));

        assertEquals("01", query(reference).getLatestTransactionStatus());

        HttpResponse<String> paid = running.http.postJson("/sandbox/qris/pay", Map.of("qrContent", qrContent));
        assertEquals(200, paid.statusCode(), paid.body());
        await(() -> running.sandbox.deliveries().stream().anyMatch(CallbackDelivery.Attempt::accepted));
        assertEquals(1, merchantSide.received().size());
        Notification<FinishNotifyRequest> notification = merchantSide.received().get(0);
        assertEquals(reference, notification.model().getOriginalPartnerReferenceNo());
        assertEquals(QrisNotifyReceiver.PATH, notification.path());
        assertTrue(notification.deviations().stream().anyMatch(d -> d.field().contains("shopAddress")),
                notification.deviations().toString());
        Object address = notification.model().getAdditionalInfo().getShopInfo().getShopAddress();
        assertEquals("12190", String.valueOf(((Map<?, ?>) address).get("postcode")), "the model holds the object");
        JsonNode notify = notification.document();
        assertEquals(reference, notify.path("originalPartnerReferenceNo").asText());
        assertEquals("00", notify.path("latestTransactionStatus").asText());
        assertEquals("12500.00", notify.path("amount").path("value").asText());
        assertEquals("STORE-001", notify.path("externalStoreId").asText());
        // production's QRIS shape: an object encoded as JSON text
        JsonNode shopAddress = notify.at("/additionalInfo/shopInfo/shopAddress");
        assertTrue(shopAddress.isTextual(), notify.toString());
        assertEquals("12190", SandboxHttp.json(shopAddress.asText()).path("postcode").asText());
        assertEquals(qrContent, SandboxHttp.json(notify.at("/additionalInfo/paymentInfo/payRequestExtendInfo").asText())
                .path("qrContent").asText());

        QueryPaymentResponse status = query(reference);
        assertEquals("00", status.getLatestTransactionStatus());
        assertEquals(generated.value().orElseThrow().getReferenceNo(), status.getOriginalReferenceNo());

        Outcome<RefundOrderResponse> refunded = dana.paymentGateway().call(api -> api.refundOrder(new RefundOrderRequest()
                .merchantId(TestMerchant.MERCHANT_ID).originalPartnerReferenceNo(reference).partnerRefundNo("RFD-" + reference)
                .refundAmount(new dev.danakit.client.paymentgateway.model.Money().value("12500.00").currency("IDR"))
                .reason("returned")));
        assertTrue(refunded.isSuccess(), refunded.toString());
        assertEquals("2005800", refunded.code().code());
        assertEquals("04", query(reference).getLatestTransactionStatus());
    }

    private QueryPaymentResponse query(String reference) {
        Outcome<QueryPaymentResponse> outcome = dana.paymentGateway().call(api -> api.queryPayment(new QueryPaymentRequest()
                .originalPartnerReferenceNo(reference).serviceCode("47").merchantId(TestMerchant.MERCHANT_ID)));
        assertTrue(outcome.isSuccess(), outcome.toString());
        return outcome.value().orElseThrow();
    }
}
