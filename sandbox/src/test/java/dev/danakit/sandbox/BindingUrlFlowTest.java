package dev.danakit.sandbox;

import static dev.danakit.sandbox.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.client.binding.BindingUrl;
import dev.danakit.client.binding.SeamlessData;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.client.widget.model.ApplyTokenAuthorizationCodeRequest;
import dev.danakit.client.widget.model.ApplyTokenRequest;
import dev.danakit.client.widget.model.ApplyTokenResponse;
import dev.danakit.protocol.operations.OperationTable;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole binding flow offline, starting where a merchant starts it: the binding URL from DanaClient, DANA's
 * binding page (the sandbox answers its contract: 302 back to redirectUrl with authCode and state), Apply Token
 * with that authCode, a widget payment paid with the OTT the user token gives, and the Unbind Notify that reaches
 * the merchant's DanaCallbacks when the customer unbinds in the DANA app.
 */
class BindingUrlFlowTest extends MerchantFlowFixture<MerchantCallbackServer> {

    private static final String REDIRECT = "https://merchant.example/dana/bound?session=42";
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    BindingUrlFlowTest() {
        super(MerchantCallbackServer::new);
    }

    @Test
    void bindingUrlAuthorisePageApplyTokenPayAndUnbindNotify() throws Exception {
        BindingUrl url = dana.bindingUrl().redirectUrl(REDIRECT).scopes("CASHIER", "QUERY_BALANCE")
                .merchantId(TestMerchant.MERCHANT_ID).seamlessData(SeamlessData.mobileNumber("6281234567890")).build();
        assertTrue(url.toString().startsWith(running.sandbox.baseUri() + "/v1.0/get-auth-code?"), url.toString());

        HttpResponse<String> page = open(url.uri());
        assertEquals(302, page.statusCode(), page.body());
        String location = page.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(REDIRECT + "&authCode="), location);
        Map<String, String> back = query(URI.create(location));
        assertEquals("42", back.get("session"));
        assertEquals(url.state(), back.get("state"), "the merchant checks the state it sent");

        Outcome<ApplyTokenResponse> bound = dana.widget().call(api -> api.applyToken(new ApplyTokenRequest(
                new ApplyTokenAuthorizationCodeRequest().grantType("AUTHORIZATION_CODE").authCode(back.get("authCode")))));
        assertTrue(bound.isSuccess(), bound.toString());
        String token = bound.value().orElseThrow().getAccessToken();

        // the widget payment: an order, paid by the bound customer through the OTT the user token gives
        String reference = "WPAY-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode order = SpecExamples.request(OperationTable.dana().operation("widget.yaml", "widgetPayment"));
        order.put("partnerReferenceNo", reference).put("merchantId", TestMerchant.MERCHANT_ID);
        HttpResponse<String> created = running.snapPost(
                OperationTable.dana().operation("widget.yaml", "widgetPayment").path(), order.toString());
        assertEquals(200, created.statusCode(), created.body());
        Outcome<ApplyOttResponse> ott = dana.widget().call(api -> api.applyOtt("Bearer " + token, "android-5f2b9c7e1a3d4f60",
                new ApplyOttRequest().userResources(List.of("OTT"))
                        .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken(token)),
                "172.24.28.24", null, null));
        assertTrue(ott.isSuccess(), ott.toString());
        assertFalse(ott.value().orElseThrow().getUserResources().get(0).getValue().isEmpty());
        HttpResponse<String> paid = running.http.postJson("/sandbox/orders/pay",
                Map.of("clientId", TestMerchant.CLIENT_ID, "partnerReferenceNo", reference));
        assertEquals(200, paid.statusCode(), paid.body());
        await(() -> merchantSide.finishedOrders().contains(reference + " SUCCESS"));

        assertEquals(202, running.http.postJson("/sandbox/customers/unbind", Map.of("accessToken", token)).statusCode());
        await(() -> merchantSide.unboundTokens().contains(token));
        await(() -> running.sandbox.deliveries().stream().anyMatch(a -> a.kind().equals("unbindNotify") && a.accepted()));
    }

    @Test
    void theBindSnapDeeplinkAnswersTheSameContract() throws Exception {
        BindingUrl url = dana.bindingUrl().deeplink().redirectUrl(REDIRECT).build();
        assertTrue(url.toString().startsWith(running.sandbox.baseUri() + "/bindSnap?"), url.toString());
        HttpResponse<String> page = open(url.uri());
        assertEquals(302, page.statusCode(), page.body());
        Map<String, String> back = query(URI.create(page.headers().firstValue("Location").orElseThrow()));
        assertEquals(url.state(), back.get("state"));
        assertFalse(back.get("authCode").isEmpty());
    }

    @Test
    void aSeamlessSignThatDoesNotVerifyGetsNoCode() throws Exception {
        BindingUrl url = dana.bindingUrl().redirectUrl(REDIRECT).seamlessData(SeamlessData.mobileNumber("6281234567890")).build();
        String tampered = url.toString().replace("seamlessData=%7B", "seamlessData=%7B%22x%22%3A1%2C");
        HttpResponse<String> page = open(URI.create(tampered));
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("seamlessSign"), page.body());
        assertTrue(page.headers().firstValue("Location").isEmpty());
    }

    @Test
    void anUnknownPartnerGetsNoCode() throws Exception {
        HttpResponse<String> page = open(URI.create(running.sandbox.baseUri()
                + "/v1.0/get-auth-code?partnerId=nobody&scopes=CASHIER&redirectUrl=https%3A%2F%2Fm.example%2Fb&state=s"));
        assertEquals(400, page.statusCode(), page.body());
        assertTrue(page.body().contains("partnerId"), page.body());
    }

    private HttpResponse<String> open(URI uri) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
