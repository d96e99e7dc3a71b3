package dev.danakit.sandbox;

import static dev.danakit.sandbox.SnapAnswers.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Balance inquiry checks the customer token it is given, in the header or the body. */
class BalanceInquiryTest {

    private static final String PATH = "/v1.0/balance-inquiry.htm";

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @Test
    void aLiveTokenOfTheMerchantGetsTheBalance() {
        JsonNode answer = assertCode(inquire(running.bindCustomer(), null), 200, "2001100");
        assertEquals("BALANCE", answer.at("/accountInfos/0/balanceType").asText());
        assertEquals("IDR", answer.at("/accountInfos/0/amount/currency").asText());
    }

    @Test
    void anUnknownTokenIsNotFound() {
        assertCode(inquire("no-such-token", null), 401, "4011104");
    }

    @Test
    void aRevokedTokenIsInvalid() {
        String token = running.bindCustomer();
        assertEquals(202, running.http.postJson("/sandbox/customers/unbind", Map.of("accessToken", token)).statusCode());
        assertCode(inquire(token, null), 401, "4011102");
    }

    @Test
    void anotherTokenInTheBodyIsInvalid() {
        assertCode(inquire(running.bindCustomer(), running.bindCustomer()), 401, "4011102");
    }

    private static HttpResponse<String> inquire(String headerToken, String bodyToken) {
        String body = "{\"balanceTypes\":[\"BALANCE\"],\"additionalInfo\":{\"deviceId\":\"android-1\""
                + (bodyToken == null ? "" : ",\"accessToken\":\"" + bodyToken + "\"") + "}}";
        byte[] bytes = SandboxHttp.utf8(body);
        Map<String, String> headers = new java.util.HashMap<>(running.snapHeaders(PATH, bytes));
        headers.put("Authorization-Customer", "Bearer " + headerToken);
        headers.put("X-DEVICE-ID", "android-1");
        return running.http.post(PATH, headers, bytes);
    }
}
