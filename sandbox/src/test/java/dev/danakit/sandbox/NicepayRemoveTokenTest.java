package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.client.DanaClient;
import dev.danakit.client.nicepay.model.RemoveTokenRequest;
import dev.danakit.client.nicepay.model.RemoveTokenResponse;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** NICEPAY Payloan remove-token: the generated client against the sandbox's NICEPAY side. */
class NicepayRemoveTokenTest {

    private static final String PATH = "/nicepay/direct/v2/remove-token";
    private static final String I_MID = "IONPAYTEST";
    private static final String MERCHANT_KEY = "sandbox-test-nicepay-merchant-key";

    private static RunningSandbox running;
    private static DanaClient dana;

    @BeforeAll
    static void start() {
        running = RunningSandbox.start();
        Map<String, String> registration = new HashMap<>();
        registration.put("clientId", TestMerchant.CLIENT_ID);
        registration.put("publicKeyPem", running.merchant.publicKeyPem());
        registration.put("nicepayIMid", I_MID);
        registration.put("nicepayMerchantKey", MERCHANT_KEY);
        assertEquals(201, running.http.postJson("/sandbox/merchants", registration).statusCode());
        dana = running.client();
    }

    @AfterAll
    static void stop() {
        dana.close();
        running.close();
    }

    @Test
    void anIssuedTokenIsDeactivatedOnceAndThenUnknown() {
        String userToken = issueToken();
        Outcome<RemoveTokenResponse> outcome = remove(request(userToken, MERCHANT_KEY));
        assertTrue(outcome.isSuccess(), outcome.toString());
        RemoveTokenResponse answer = outcome.value().orElseThrow();
        assertEquals("0000", answer.getResultCd());
        assertEquals("SUCCESS", answer.getResultMsg());
        assertEquals(userToken, answer.getUserToken());
        assertEquals("0", answer.getTokenStatus());
        assertEquals("Deactivated by merchant", answer.getDescription());

        Outcome<RemoveTokenResponse> again = remove(request(userToken, MERCHANT_KEY));
        assertEquals("9920", again.code().code(), again.toString());
        assertFalse(again.isSuccess());
    }

    @Test
    void aWrongMerchantTokenIsRefusedAndTheTokenStaysActive() {
        String userToken = issueToken();
        Outcome<RemoveTokenResponse> outcome = remove(request(userToken, "another-merchant-key"));
        assertEquals(400, outcome.httpStatus(), outcome.toString());
        assertEquals("9001", outcome.code().code());
        assertEquals("Invalid merchantToken", outcome.code().message());

        assertEquals("0000", remove(request(userToken, MERCHANT_KEY)).value().orElseThrow().getResultCd());
    }

    @Test
    void anUnknownUserTokenGets9920() {
        Outcome<RemoveTokenResponse> outcome = remove(request("never-issued-token", MERCHANT_KEY));
        assertEquals(200, outcome.httpStatus());
        RemoveTokenResponse answer = outcome.value().orElseThrow();
        assertEquals("9920", answer.getResultCd());
        assertEquals("Error get user details, invalid user token", answer.getResultMsg());
        assertEquals(null, answer.getUserToken());
        assertEquals(null, answer.getTokenStatus());
    }

    @Test
    void aTimeStampThatIsNoDateIsRefused() {
        String userToken = issueToken();
        String timeStamp = "20241399250000";
        RemoveTokenRequest request = new RemoveTokenRequest().timeStamp(timeStamp).iMid(I_MID).userToken(userToken)
                .merchantToken(NicepayMerchantToken.removeToken(timeStamp, I_MID, userToken, MERCHANT_KEY));
        Outcome<RemoveTokenResponse> outcome = remove(request);
        assertEquals(400, outcome.httpStatus(), outcome.toString());
        assertEquals("9002", outcome.code().code());
        assertEquals("Invalid request timeStamp", outcome.code().message());
    }

    @Test
    void aUserTokenOverItsMaxLengthGetsNicepaysOwn400() {
        // the generated client refuses it before sending, so it goes raw
        String userToken = "x".repeat(51);
        String timeStamp = now();
        String body = "{\"timeStamp\":\"" + timeStamp + "\",\"iMid\":\"" + I_MID + "\",\"userToken\":\"" + userToken
                + "\",\"merchantToken\":\"" + NicepayMerchantToken.removeToken(timeStamp, I_MID, userToken, MERCHANT_KEY)
                + "\"}";
        HttpResponse<String> response = running.http.post(PATH, Map.of(), SandboxHttp.utf8(body));
        assertEquals(400, response.statusCode(), response.body());
        JsonNode answer = SandboxHttp.json(response);
        assertEquals("9002", answer.path("resultCd").asText());
        assertEquals("Invalid request userToken", answer.path("resultMsg").asText());
        assertEquals(2, answer.size(), response.body());
    }

    private static Outcome<RemoveTokenResponse> remove(RemoveTokenRequest request) {
        return dana.nicepay().call(api -> api.removeToken(request));
    }

    private static RemoveTokenRequest request(String userToken, String merchantKey) {
        String timeStamp = now();
        return new RemoveTokenRequest().timeStamp(timeStamp).iMid(I_MID).userToken(userToken)
                .merchantToken(NicepayMerchantToken.removeToken(timeStamp, I_MID, userToken, merchantKey));
    }

    private static String issueToken() {
        HttpResponse<String> response = running.http.postJson("/sandbox/nicepay/tokens", Map.of("iMid", I_MID));
        assertEquals(201, response.statusCode(), response.body());
        return SandboxHttp.json(response).path("userToken").asText();
    }

    private static String now() {
        return LocalDateTime.now(ZoneOffset.ofHours(7)).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }
}
