package dev.danakit.client.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.paymentgateway.invoker.JSON;
import dev.danakit.client.paymentgateway.model.CreateOrderByApiAdditionalInfo;
import dev.danakit.client.paymentgateway.model.CreateOrderByApiRequest;
import dev.danakit.client.paymentgateway.model.CreateOrderByRedirectAdditionalInfo;
import dev.danakit.client.paymentgateway.model.CreateOrderByRedirectRequest;
import dev.danakit.client.paymentgateway.model.CreateOrderRequest;
import dev.danakit.client.paymentgateway.model.EnvInfo;
import dev.danakit.client.paymentgateway.model.Money;
import dev.danakit.client.paymentgateway.model.PayOptionDetail;
import dev.danakit.client.paymentgateway.model.UrlParam;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Create Order's two request forms through the generated client's mapper. The client only ever writes this
 * request, so the round trip is: wrapper out as DANA's flat JSON, read back as the concrete form, equal to
 * what was sent. The forms differ on the wire only by payOptionDetails (ERRATA.md).
 */
class CreateOrderFormsRoundTripTest {

    private final ObjectMapper mapper = new JSON().getMapper();
    private final Money amount = new Money().value("10000.00").currency("IDR");
    private final List<UrlParam> urls = List.of(
            new UrlParam().url("https://merchant.example/dana/callbacks/finish-notify").type("NOTIFICATION").isDeeplink("N"));
    private final EnvInfo env = new EnvInfo().sourcePlatform("IPG").terminalType("SYSTEM");

    @Test
    void byApiFormRoundTrips() throws Exception {
        CreateOrderByApiRequest form = new CreateOrderByApiRequest()
                .partnerReferenceNo("ORD-20240513-0002").merchantId("216620000012345678901").amount(amount)
                .validUpTo("2024-05-13T10:45:30+07:00").urlParams(urls)
                .payOptionDetails(List.of(new PayOptionDetail().payMethod("VIRTUAL_ACCOUNT")
                        .payOption("VIRTUAL_ACCOUNT_BCA").transAmount(amount)))
                .additionalInfo(new CreateOrderByApiAdditionalInfo().mcc("5732").envInfo(env));

        String json = mapper.writeValueAsString(new CreateOrderRequest(form));

        JsonNode wire = mapper.readTree(json);
        assertEquals("VIRTUAL_ACCOUNT_BCA", wire.at("/payOptionDetails/0/payOption").asText());
        assertEquals("10000.00", wire.at("/amount/value").asText());
        assertFalse(wire.has("actualInstance"), json);
        assertEquals(form, mapper.readValue(json, CreateOrderByApiRequest.class));
    }

    @Test
    void byRedirectFormRoundTripsWithoutPayOptionDetails() throws Exception {
        CreateOrderByRedirectRequest form = new CreateOrderByRedirectRequest()
                .partnerReferenceNo("ORD-20240513-0001").merchantId("216620000012345678901").amount(amount)
                .validUpTo("2024-05-13T10:45:30+07:00").urlParams(urls)
                .additionalInfo(new CreateOrderByRedirectAdditionalInfo().mcc("5732").envInfo(env));

        String json = mapper.writeValueAsString(new CreateOrderRequest(form));

        JsonNode wire = mapper.readTree(json);
        assertFalse(wire.has("payOptionDetails"), json);
        assertTrue(wire.has("urlParams"), json);
        assertEquals(form, mapper.readValue(json, CreateOrderByRedirectRequest.class));
    }
}
