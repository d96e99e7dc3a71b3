package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.client.DanaClient;
import dev.danakit.client.merchant.model.MerchantResourceEnum;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequest;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequestBody;
import dev.danakit.client.merchant.model.QueryMerchantResourceRequestValue;
import dev.danakit.client.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapTimestamp;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** queryMerchantResource (Open API envelope): signed both ways, failures as signed F results. */
class MerchantManagementTest {

    private static final String PATH = "/dana/merchant/queryMerchantResource.htm";
    private static final String FUNCTION = "dana.merchant.queryMerchantResource";

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @Test
    void theGeneratedClientGetsBalancesSignedByDana() {
        try (DanaClient dana = running.client()) {
            Outcome<QueryMerchantResourceResponse> outcome = dana.merchantManagement().call(api ->
                    api.queryMerchantResource(new QueryMerchantResourceRequest().request(
                            new QueryMerchantResourceRequestValue().body(new QueryMerchantResourceRequestBody()
                                    .requestMerchantId(TestMerchant.MERCHANT_ID)
                                    .merchantResourceInfoList(List.of(MerchantResourceEnum.MERCHANT_DEPOSIT_BALANCE))))));
            assertTrue(outcome.isSuccess(), outcome.toString());
            var info = outcome.value().orElseThrow().getResponse().getBody().getMerchantResourceInformations();
            assertEquals(MerchantResourceEnum.MERCHANT_DEPOSIT_BALANCE, info.get(0).getResourceType());
        }
    }

    @Test
    void signedRequestGetsASuccessSignedOverTheExactResponseBytes() {
        JsonNode value = verifiedResponse(post(signed(body(TestMerchant.MERCHANT_ID))));
        assertEquals("S", value.at("/body/resultInfo/resultStatus").asText());
        assertEquals("00000000", value.at("/body/resultInfo/resultCodeId").asText());
        assertEquals(FUNCTION, value.at("/head/function").asText());
        assertEquals(TestMerchant.CLIENT_ID, value.at("/head/clientId").asText());
    }

    @Test
    void unknownMerchantIdGetsMerchantNotExist() {
        JsonNode value = verifiedResponse(post(signed(body("216620000000000000000"))));
        assertResult(value, "F", "12158006901", "MERCHANT_NOT_EXIST");
    }

    @Test
    void badSignatureGetsParamIllegal() {
        byte[] value = requestValue(body(TestMerchant.MERCHANT_ID));
        byte[] envelope = OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, value,
                OpenApiEnvelope.sign(running.merchant.keys.getPrivate(), requestValue(body("x"))));
        JsonNode response = verifiedResponse(post(envelope));
        assertResult(response, "F", "00000004", "PARAM_ILLEGAL");
        assertEquals("Unauthorized. signature does not match the signed content",
                response.at("/body/resultInfo/resultMsg").asText());
    }

    @Test
    void anotherOperationsFunctionGetsParamIllegalNamingTheFunction() {
        byte[] value = SandboxHttp.utf8(new String(requestValue(body(TestMerchant.MERCHANT_ID)))
                .replace(FUNCTION, "dana.member.asset.queryAssetCardList"));
        JsonNode response = verifiedResponse(post(running.merchant.signer.openApiRequest(value)));
        assertResult(response, "F", "00000004", "PARAM_ILLEGAL");
        assertEquals("Invalid Field Format request.head.function", response.at("/body/resultInfo/resultMsg").asText());
    }

    @Test
    void missingFieldGetsParamIllegalNamingIt() {
        JsonNode response = verifiedResponse(post(signed("{\"merchantResourceInfoList\":[\"MERCHANT_DEPOSIT_BALANCE\"]}")));
        assertResult(response, "F", "00000004", "PARAM_ILLEGAL");
        assertEquals("Invalid Mandatory Field request.body.requestMerchantId",
                response.at("/body/resultInfo/resultMsg").asText());
    }

    @Test
    void aResourceTypeTheSpecDoesNotKnowIsAnsweredWithTheKnownOnes() {
        JsonNode value = verifiedResponse(post(signed("{\"requestMerchantId\":\"" + TestMerchant.MERCHANT_ID
                + "\",\"merchantResourceInfoList\":[\"GOLD\",\"MERCHANT_DEPOSIT_BALANCE\"]}")));
        assertResult(value, "S", "00000000", "SUCCESS");
        JsonNode informations = value.at("/body/merchantResourceInformations");
        assertEquals(1, informations.size(), value.toString());
        assertEquals("MERCHANT_DEPOSIT_BALANCE", informations.get(0).path("resourceType").asText());
    }

    private static String body(String merchantId) {
        return "{\"requestMerchantId\":\"" + merchantId + "\",\"merchantResourceInfoList\":[\"MERCHANT_DEPOSIT_BALANCE\"]}";
    }

    private static byte[] requestValue(String bodyJson) {
        String value = new String(running.merchant.signer.openApiValue(OpenApiEnvelope.REQUEST, FUNCTION,
                TestMerchant.CLIENT_ID, UUID.randomUUID().toString(), bodyJson));
        // the shared head schema requires clientSecret; TestSigner leaves it out
        return SandboxHttp.utf8(value.replace("\"clientId\":", "\"clientSecret\":\"sandbox-secret\",\"clientId\":"));
    }

    private static byte[] signed(String bodyJson) {
        return running.merchant.signer.openApiRequest(requestValue(bodyJson));
    }

    private static HttpResponse<String> post(byte[] envelope) {
        return running.http.post(PATH, Map.of(), envelope);
    }

    private static JsonNode verifiedResponse(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        byte[] value = new OpenApiVerifier(running.sandbox.danaKeys().publicKey(), Clock.systemUTC(),
                SnapTimestamp.DEFAULT_TOLERANCE).verify(SandboxHttp.utf8(response.body()), OpenApiEnvelope.RESPONSE);
        return SandboxHttp.json(new String(value));
    }

    private static void assertResult(JsonNode value, String status, String codeId, String code) {
        assertEquals(status, value.at("/body/resultInfo/resultStatus").asText(), value.toString());
        assertEquals(codeId, value.at("/body/resultInfo/resultCodeId").asText());
        assertEquals(code, value.at("/body/resultInfo/resultCode").asText());
    }
}
