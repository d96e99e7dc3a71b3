package dev.danakit.server.spec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Finish Notify as DANA really sends it, through the generated server models: undocumented members
 * (tipsAmount, externalStoreID), a status this version does not know, and paidTime as epoch milliseconds or
 * ISO-8601 all bind and pass Bean Validation.
 */
class FinishNotifyForwardCompatibilityTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private final Validator validator = VALIDATION.getValidator();
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static String notification(String status, String paidTime) {
        return "{\"originalPartnerReferenceNo\":\"ORD-20240513-0001\",\"originalReferenceNo\":\"20240513111212800110166050101234567\","
                + "\"merchantId\":\"216620000012345678901\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},"
                + "\"tipsAmount\":{\"value\":\"2000.00\",\"currency\":\"IDR\"},\"externalStoreID\":\"STORE-001\","
                + "\"latestTransactionStatus\":\"" + status + "\",\"transactionStatusDesc\":\"NEW_STATUS\","
                + "\"createdTime\":\"2024-05-13T10:15:30+07:00\",\"finishedTime\":\"2024-05-13T10:16:02+07:00\","
                + "\"additionalInfo\":{\"paidTime\":\"" + paidTime + "\",\"riskLevel\":\"LOW\","
                + "\"paymentInfo\":{\"paidTime\":\"" + paidTime + "\",\"payOptionInfos\":[{\"payMethod\":\"BALANCE\","
                + "\"payAmount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},\"promoCode\":\"X1\"}]}}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"1715570161000", "2024-05-13T10:16:01+07:00", "2024-05-13T03:16:01.123Z"})
    void realPayloadsBindAndValidate(String paidTime) throws Exception {
        FinishNotifyRequest request = mapper.readValue(notification("99", paidTime), FinishNotifyRequest.class);

        assertEquals("99", request.getLatestTransactionStatus());
        assertEquals(paidTime, request.getAdditionalInfo().getPaidTime());
        assertEquals(paidTime, request.getAdditionalInfo().getPaymentInfo().getPaidTime());
        assertEquals("BALANCE", request.getAdditionalInfo().getPaymentInfo().getPayOptionInfos().get(0).getPayMethod());
        assertEquals(Set.of(), validator.validate(request));
    }

    @Test
    void aMalformedStatusIsStillRejected() throws Exception {
        FinishNotifyRequest request = mapper.readValue(notification("SUCCESS", "1715570161000"), FinishNotifyRequest.class);

        assertEquals("latestTransactionStatus",
                validator.validate(request).iterator().next().getPropertyPath().toString());
    }
}
