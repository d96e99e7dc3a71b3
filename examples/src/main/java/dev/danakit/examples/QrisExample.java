package dev.danakit.examples;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.qris.model.Money;
import dev.danakit.client.qris.model.QrCpmPaymentRequest;
import dev.danakit.client.qris.model.QrCpmPaymentResponse;
import dev.danakit.client.qris.model.QrMpmGenerateRequest;
import dev.danakit.client.qris.model.QrMpmGenerateResponse;

/**
 * QRIS acquiring, which no official DANA SDK offers: a dynamic QRIS for the cashier's screen (MPM), and a
 * customer's scanned payment code charged at once (CPM). The MPM result arrives as Finish Notify; Query Payment
 * (serviceCode 47 or 60) answers the status of either.
 *
 * <p>Arguments: the merchant id, then optionally the customer's scanned payment code.
 */
public final class QrisExample {

    private QrisExample() {
    }

    /**
     * @param args the merchant id, and optionally a scanned customer payment code
     */
    public static void main(String[] args) {
        String merchantId = args.length > 0 ? args[0] : "216620000012345678901";
        try (DanaClient dana = DanaClient.create(DanaClientConfig.fromEnvironment().build())) {
            Outcome<QrMpmGenerateResponse> qris = dana.qris().call(api -> api.qrMpmGenerate(new QrMpmGenerateRequest()
                    .merchantId(merchantId).storeId("STORE-001").terminalId("T-001")
                    .partnerReferenceNo("QRIS-" + System.currentTimeMillis()) // at most 25 characters for QRIS
                    .amount(new Money().value("10000.00").currency("IDR"))));
            // render qrContent as a QR code (any EMVCo-capable library); wait for Finish Notify
            System.out.println(qris.isSuccess() ? qris.value().orElseThrow().getQrContent() : qris.toString());

            if (args.length > 1) {
                Outcome<QrCpmPaymentResponse> paid = dana.qris().call(api -> api.qrCpmPayment(new QrCpmPaymentRequest()
                        .partnerReferenceNo("CPM-" + System.currentTimeMillis()).qrContent(args[1])
                        .merchantId(merchantId).amount(new Money().value("25000.00").currency("IDR"))));
                // after a timeout, resend with the same partnerReferenceNo: DANA never charges twice
                System.out.println(paid.isSuccess() ? "paid " + paid.value().orElseThrow().getReferenceNo() : paid.toString());
            }
        }
    }
}
