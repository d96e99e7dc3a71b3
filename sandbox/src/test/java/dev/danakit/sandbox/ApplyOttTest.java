package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.client.widget.api.WidgetApi;
import dev.danakit.client.widget.invoker.ApiClient;
import dev.danakit.client.widget.invoker.ApiException;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.signing.snap.SnapHeaders;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Apply OTT against the twin: the generated client signed, and DANA's refusals byte by byte. */
class ApplyOttTest {

    private static final String PATH = "/rest/v1.1/qr/apply-ott";

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @Test
    void signedApplyOttFromTheGeneratedClientGetsAnOtt() throws ApiException {
        String token = running.bindCustomer();
        ApplyOttResponse response = widgetApi().applyOtt("Bearer " + token, "android-5f2b9c7e1a3d4f60",
                new ApplyOttRequest().userResources(List.of("OTT"))
                        .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken(token)),
                "172.24.28.24", "-6.108841", "106.778213");
        assertEquals("2004900", response.getResponseCode());
        assertEquals("Successful", response.getResponseMessage());
        assertEquals("OTT", response.getUserResources().get(0).getResourceType());
        assertEquals(40, response.getUserResources().get(0).getValue().length());
    }

    @Test
    void unsignedApplyOttFromTheGeneratedClientGets4004902NamingTheTimestamp() {
        String token = running.bindCustomer();
        ApiClient client = new ApiClient().setBasePath(running.sandbox.baseUri().toString());
        ApiException refused = assertThrows(ApiException.class, () -> new WidgetApi(client).applyOtt(
                "Bearer " + token, "device-1", new ApplyOttRequest().userResources(List.of("OTT"))
                        .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken(token)), null, null, null));
        // DANA checks its headers are there before what they say: no signature headers at all is a missing field
        assertEquals(400, refused.getCode());
        assertEquals("{\"responseCode\":\"4004902\",\"responseMessage\":\"Invalid Mandatory Field X-TIMESTAMP\"}",
                refused.getResponseBody());
    }

    @Test
    void tamperedBodyGets4014900NamingTheSignature() {
        String token = running.bindCustomer();
        Map<String, String> headers = signedHeaders(body(token), token);
        HttpResponse<String> response = running.http.post(PATH, headers, body(token + "x"));
        assertSnap(response, 401, "4014900", "Unauthorized. X-SIGNATURE does not match the signed content");
    }

    @Test
    void staleTimestampGets4014900() {
        String token = running.bindCustomer();
        byte[] body = body(token);
        Map<String, String> headers = signedHeaders(body, token);
        headers.putAll(running.merchant.signer.snapHeaders("POST", PATH, body,
                running.merchant.signer.timestamp(Duration.ofMinutes(-30))));
        assertSnap(running.http.post(PATH, headers, body), 401, "4014900",
                "Unauthorized. X-TIMESTAMP is older than the tolerance window");
    }

    @Test
    void unknownPartnerGets4014900() {
        String token = running.bindCustomer();
        Map<String, String> headers = signedHeaders(body(token), token);
        headers.put(SnapHeaders.X_PARTNER_ID, "someone-else");
        assertSnap(running.http.post(PATH, headers, body(token)), 401, "4014900", "Unauthorized. Unknown X-PARTNER-ID");
    }

    @Test
    void unknownCustomerTokenGets4014904() {
        String token = "never-issued-token";
        assertSnap(running.http.post(PATH, signedHeaders(body(token), token), body(token)), 401, "4014904",
                "Customer Token Not Found");
    }

    @Test
    void revokedCustomerTokenGets4014902() {
        String token = running.bindCustomer();
        HttpResponse<String> unbound = running.http.postJson("/sandbox/customers/unbind", Map.of("accessToken", token));
        assertEquals(202, unbound.statusCode());
        assertSnap(running.http.post(PATH, signedHeaders(body(token), token), body(token)), 401, "4014902",
                "Invalid Customer Token");
    }

    @Test
    void malformedLatitudeGets4004901NamingTheHeader() {
        String token = running.bindCustomer();
        Map<String, String> headers = signedHeaders(body(token), token);
        headers.put("X-LATITUDE", "north");
        assertSnap(running.http.post(PATH, headers, body(token)), 400, "4004901", "Invalid Field Format X-LATITUDE");
    }

    @Test
    void missingDeviceIdGets4004902NamingTheHeader() {
        String token = running.bindCustomer();
        Map<String, String> headers = signedHeaders(body(token), token);
        headers.remove("X-DEVICE-ID");
        assertSnap(running.http.post(PATH, headers, body(token)), 400, "4004902", "Invalid Mandatory Field X-DEVICE-ID");
    }

    @Test
    void missingAccessTokenInTheBodyGets4004902NamingTheField() {
        assertBodyRefused("{\"userResources\":[\"OTT\"],\"additionalInfo\":{}}", "4004902",
                "Invalid Mandatory Field additionalInfo.accessToken");
    }

    @Test
    void bodyThatIsNotJsonGets4004900() {
        assertBodyRefused("{\"userResources\":", "4004900", "Bad Request. body is not well-formed JSON");
    }

    @Test
    void repeatedExternalIdTheSameDayGets4094900() {
        String token = running.bindCustomer();
        Map<String, String> first = signedHeaders(body(token), token);
        assertEquals(200, running.http.post(PATH, first, body(token)).statusCode());
        Map<String, String> second = signedHeaders(body(token), token);
        second.put(SnapHeaders.X_EXTERNAL_ID, first.get(SnapHeaders.X_EXTERNAL_ID));
        assertSnap(running.http.post(PATH, second, body(token)), 409, "4094900", "Conflict");
    }

    private static WidgetApi widgetApi() {
        ApiClient client = new ApiClient().setBasePath(running.sandbox.baseUri().toString());
        client.getHttpClient().register(new TestSnapSigningFilter(running.merchant.signer,
                client.getJSON().getMapper(), TestMerchant.CLIENT_ID));
        return new WidgetApi(client);
    }

    private static byte[] body(String token) {
        return SandboxHttp.utf8("{\"userResources\":[\"OTT\"],\"additionalInfo\":{\"accessToken\":\"" + token + "\"}}");
    }

    private static Map<String, String> signedHeaders(byte[] body, String token) {
        Map<String, String> headers = running.snapHeaders(PATH, body);
        headers.put("Authorization-Customer", "Bearer " + token);
        headers.put("X-DEVICE-ID", "android-5f2b9c7e1a3d4f60");
        return headers;
    }

    /** A signed call of a bound customer whose body DANA cannot use: 400 with {@code code} and {@code message}. */
    private static void assertBodyRefused(String body, String code, String message) {
        String token = running.bindCustomer();
        byte[] bytes = SandboxHttp.utf8(body);
        assertSnap(running.http.post(PATH, signedHeaders(bytes, token), bytes), 400, code, message);
    }

    static void assertSnap(HttpResponse<String> response, int status, String code, String message) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode json = SandboxHttp.json(response);
        assertEquals(code, json.path("responseCode").asText(), response.body());
        assertEquals(message, json.path("responseMessage").asText());
        assertTrue(response.headers().firstValue("X-TIMESTAMP").isPresent(), "X-TIMESTAMP response header");
    }
}
