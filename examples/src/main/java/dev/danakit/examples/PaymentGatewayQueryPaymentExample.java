package dev.danakit.examples;

import dev.danakit.client.CallOptions;
import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.paymentgateway.model.QueryPaymentRequest;
import dev.danakit.client.paymentgateway.model.QueryPaymentResponse;

/**
 * Payment Gateway: ask for the status of an order, the call to make whenever another call ended UNKNOWN.
 *
 * <p>Arguments: merchant id, the order's partnerReferenceNo.
 */
public final class PaymentGatewayQueryPaymentExample {

    private PaymentGatewayQueryPaymentExample() {
    }

    /**
     * @param args merchant id and partnerReferenceNo
     */
    public static void main(String[] args) {
        String merchantId = args.length > 0 ? args[0] : "216620000012345678901";
        String reference = args.length > 1 ? args[1] : "ORDER-20240513-0001";
        try (DanaClient dana = DanaClient.create(DanaClientConfig.fromEnvironment().build())) {
            QueryPaymentRequest request = new QueryPaymentRequest().merchantId(merchantId)
                    .originalPartnerReferenceNo(reference).serviceCode("54");

            Outcome<QueryPaymentResponse> outcome = dana.paymentGateway()
                    .call(CallOptions.defaults().asIdempotent(), api -> api.queryPayment(request));

            System.out.println(outcome.kind() + " " + outcome.code() + " -> " + outcome.action());
        }
    }
}
