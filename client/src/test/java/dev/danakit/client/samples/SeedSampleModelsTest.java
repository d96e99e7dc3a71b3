package dev.danakit.client.samples;

import dev.danakit.api.samples.SampleChecks;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequest;
import dev.danakit.client.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.client.nicepay.model.RemoveTokenRequest;
import dev.danakit.client.nicepay.model.RemoveTokenResponse;
import dev.danakit.client.widget.invoker.JSON;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttResponse;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The seed samples of the calls a merchant makes bind to the generated client models and validate as the docs say. */
class SeedSampleModelsTest {

    @TestFactory
    Stream<DynamicContainer> merchantCalledSamples() {
        return SampleChecks.with(new JSON().getMapper())
                .sample("apply-ott-request.json", ApplyOttRequest.class,
                        "additionalInfo.accessToken", "additionalInfo")
                .sample("apply-ott-response.json", ApplyOttResponse.class,
                        "responseMessage", "responseCode")
                .sample("query-merchant-resource-request.json", QueryMerchantResourceRequest.class,
                        "request.body.requestMerchantId", "request.head.clientSecret")
                .sample("query-merchant-resource-response.json", QueryMerchantResourceResponse.class,
                        "response.head.reqMsgId", "response.body.resultInfo")
                .sample("nicepay-remove-token-request.json", RemoveTokenRequest.class,
                        "userToken", "merchantToken")
                .sample("nicepay-remove-token-response.json", RemoveTokenResponse.class,
                        "description", "resultMsg")
                .tests();
    }
}
