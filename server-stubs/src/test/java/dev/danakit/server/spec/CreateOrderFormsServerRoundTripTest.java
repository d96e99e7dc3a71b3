package dev.danakit.server.spec;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.danakit.server.spec.paymentgateway.model.CreateOrderByApiRequest;
import dev.danakit.server.spec.paymentgateway.model.CreateOrderByRedirectRequest;
import dev.danakit.server.spec.paymentgateway.model.CreateOrderRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Create Order's two request forms through the jaxrs-spec models. The wire has no discriminator, so the generated
 * interface alone cannot be bound; with a deduction mix-in (the only payOptionDetails-bearing form is by API,
 * anything else is by redirect) both forms bind and write back unchanged.
 */
class CreateOrderFormsServerRoundTripTest {

    private static final String BY_API = "{\"partnerReferenceNo\":\"ORD-20240513-0002\",\"merchantId\":\"216620000012345678901\","
            + "\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"validUpTo\":\"2024-05-13T10:45:30+07:00\","
            + "\"urlParams\":[{\"url\":\"https://merchant.example/n\",\"type\":\"NOTIFICATION\",\"isDeeplink\":\"N\"}],"
            + "\"payOptionDetails\":[{\"payMethod\":\"VIRTUAL_ACCOUNT\",\"payOption\":\"VIRTUAL_ACCOUNT_BCA\","
            + "\"transAmount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"}}]}";
    private static final String BY_REDIRECT = "{\"partnerReferenceNo\":\"ORD-20240513-0001\",\"merchantId\":\"216620000012345678901\","
            + "\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"validUpTo\":\"2024-05-13T10:45:30+07:00\","
            + "\"urlParams\":[{\"url\":\"https://merchant.example/n\",\"type\":\"NOTIFICATION\",\"isDeeplink\":\"N\"}]}";

    @JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION, defaultImpl = CreateOrderByRedirectRequest.class)
    @JsonSubTypes({@JsonSubTypes.Type(CreateOrderByApiRequest.class), @JsonSubTypes.Type(CreateOrderByRedirectRequest.class)})
    interface CreateOrderFormDeduction {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(CreateOrderRequest.class, CreateOrderFormDeduction.class)
            .build();

    @Test
    void byApiFormBindsAndRoundTrips() throws Exception {
        CreateOrderRequest request = mapper.readValue(BY_API, CreateOrderRequest.class);

        CreateOrderByApiRequest form = assertInstanceOf(CreateOrderByApiRequest.class, request);
        assertEquals("VIRTUAL_ACCOUNT_BCA", form.getPayOptionDetails().get(0).getPayOption());
        assertEquals(mapper.readTree(BY_API), mapper.readTree(mapper.writeValueAsString(request)));
    }

    @Test
    void byRedirectFormBindsAndRoundTrips() throws Exception {
        CreateOrderRequest request = mapper.readValue(BY_REDIRECT, CreateOrderRequest.class);

        assertInstanceOf(CreateOrderByRedirectRequest.class, request);
        assertEquals(mapper.readTree(BY_REDIRECT), mapper.readTree(mapper.writeValueAsString(request)));
    }

    @Test
    void withoutTheMixInTheGeneratedInterfaceCannotBeBound() {
        ObjectMapper plain = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

        assertThrows(InvalidDefinitionException.class, () -> plain.readValue(BY_REDIRECT, CreateOrderRequest.class));
    }
}
