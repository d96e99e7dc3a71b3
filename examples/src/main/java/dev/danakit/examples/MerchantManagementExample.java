package dev.danakit.examples;

import dev.danakit.client.CallOptions;
import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.merchant.model.MerchantResourceEnum;
import dev.danakit.client.merchant.model.MerchantResourceInformation;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequest;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequestBody;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequestValue;
import dev.danakit.client.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.client.outcome.Outcome;
import java.util.List;

/**
 * Merchant Management (Open API envelope): check the disbursement deposit balance.
 *
 * <p>The caller fills only {@code request.body}; the client fills the head (function, clientId,
 * clientSecret, reqTime, reqMsgId), signs the exact request bytes and verifies DANA's signed answer.
 * Needs DANA_CLIENT_SECRET besides the variables of the other examples; the merchant id is the argument.
 */
public final class MerchantManagementExample {

    private MerchantManagementExample() {
    }

    /**
     * @param args the merchant id (up to 21 digits)
     */
    public static void main(String[] args) {
        String merchantId = args.length > 0 ? args[0] : "216620000012345678901";
        try (DanaClient dana = DanaClient.create(DanaClientConfig.fromEnvironment().build())) {
            QueryMerchantResourceRequest request = new QueryMerchantResourceRequest().request(
                    new QueryMerchantResourceRequestValue().body(new QueryMerchantResourceRequestBody()
                            .requestMerchantId(merchantId)
                            .merchantResourceInfoList(List.of(MerchantResourceEnum.MERCHANT_DEPOSIT_BALANCE))));

            // a balance query changes nothing, so it may be retried after any retryable answer
            Outcome<QueryMerchantResourceResponse> outcome = dana.merchantManagement()
                    .call(CallOptions.defaults().asIdempotent(), api -> api.queryMerchantResource(request));

            if (outcome.isSuccess()) {
                for (MerchantResourceInformation info : outcome.value().orElseThrow().getResponse().getBody()
                        .getMerchantResourceInformations()) {
                    System.out.println(info.getResourceType() + " = " + info.getValue());
                }
            } else {
                System.out.println(outcome.kind() + ": " + outcome.code() + " -> " + outcome.action());
            }
        }
    }
}
