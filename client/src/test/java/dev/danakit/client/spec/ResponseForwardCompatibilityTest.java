package dev.danakit.client.spec;

import dev.danakit.client.merchant.model.MerchantResourceEnum;
import dev.danakit.client.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.client.merchant.model.ResultInfo;
import dev.danakit.client.paymentgateway.invoker.JSON;
import dev.danakit.client.paymentgateway.model.QueryPaymentResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Responses with members, statuses and enum values DANA adds later still parse with the generated client's mappers. */
class ResponseForwardCompatibilityTest {

    @Test
    void unknownMembersAndAnUnknownStatusParse() throws Exception {
        String json = "{\"responseCode\":\"2005500\",\"responseMessage\":\"Successful\",\"serviceCode\":\"54\","
                + "\"latestTransactionStatus\":\"09\",\"tipsAmount\":{\"value\":\"500.00\",\"currency\":\"IDR\"},"
                + "\"externalStoreID\":\"STORE-001\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\",\"rounding\":\"HALF_UP\"}}";

        QueryPaymentResponse response = new JSON().getMapper().readValue(json, QueryPaymentResponse.class);

        assertEquals("09", response.getLatestTransactionStatus());
        assertEquals("10000.00", response.getAmount().getValue());
    }

    @Test
    void unknownEnumValuesBecomeTheUnknownCase() throws Exception {
        String json = "{\"response\":{\"head\":{\"version\":\"2.0\",\"function\":\"dana.merchant.queryMerchantResource\","
                + "\"clientId\":\"2024051300000000001\",\"respTime\":\"2024-05-13T10:15:31+07:00\",\"reqMsgId\":\"m1\",\"region\":\"ID\"},"
                + "\"body\":{\"resultInfo\":{\"resultStatus\":\"P\",\"resultCodeId\":\"00000000\",\"resultCode\":\"SUCCESS\"},"
                + "\"merchantResourceInformations\":[{\"resourceType\":\"MERCHANT_LOYALTY_BALANCE\",\"value\":\"{}\"}]}},"
                + "\"signature\":\"c2ln\"}";

        QueryMerchantResourceResponse response = new dev.danakit.client.merchant.invoker.JSON().getMapper()
                .readValue(json, QueryMerchantResourceResponse.class);

        assertEquals(ResultInfo.ResultStatusEnum.UNKNOWN_DEFAULT_OPEN_API,
                response.getResponse().getBody().getResultInfo().getResultStatus());
        assertEquals(MerchantResourceEnum.UNKNOWN_DEFAULT_OPEN_API,
                response.getResponse().getBody().getMerchantResourceInformations().get(0).getResourceType());
    }
}
