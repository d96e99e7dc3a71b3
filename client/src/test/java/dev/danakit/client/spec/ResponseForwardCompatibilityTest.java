package dev.danakit.client.spec;

import dev.danakit.client.paymentgateway.invoker.JSON;
import dev.danakit.client.paymentgateway.model.QueryPaymentResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A response with members and a status DANA adds later still parses with the generated client's mapper. */
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
}
