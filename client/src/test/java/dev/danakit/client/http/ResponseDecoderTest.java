package dev.danakit.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.danakit.client.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.client.nicepay.model.RemoveTokenResponse;
import dev.danakit.client.widget.invoker.JSON;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.protocol.codes.OutcomeKind;
import dev.danakit.protocol.codes.ResponseCode;
import dev.danakit.protocol.codes.ResponseCodeCatalog;
import dev.danakit.protocol.operations.OperationTable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One parse: the model and the code come from the same tokens; the code only from where the format keeps it. */
class ResponseDecoderTest {

    private final ResponseDecoder decoder = new ResponseDecoder(ResponseCodeCatalog.codesOnly());

    /** An answer of the given operation, as it came, read by the decoder into the given model type. */
    private Call decoded(String path, int status, String body, Class<?> responseType) {
        Route route = new Route(OperationTable.dana().byPath(path).orElseThrow(), null, null, path,
                new JSON().getMapper(), null);
        Call call = new Call(1, "ext-1");
        call.created(route, null, null, Map.of());
        call.signed(new byte[0], Map.of());
        call.answered(status, Map.of(), body.getBytes(StandardCharsets.UTF_8), 1);
        decoder.decode(call, responseType);
        return call;
    }

    @Test
    void aSnapSuccessBindsTheModelAndItsCodeTogether() {
        Call call = decoded("/rest/v1.1/qr/apply-ott", 200, "{\"unknown\":{\"responseCode\":\"4004901\"},"
                + "\"responseCode\":\"2004900\",\"responseMessage\":\"Successful\",\"userResources\":"
                + "[{\"resourceType\":\"OTT\",\"value\":\"v\",\"responseCode\":\"5004900\"}]}",
                ApplyOttResponse.class);
        ResponseCode code = call.code();
        assertEquals("2004900", code.code(), "only the top-level responseCode counts, skipped members included");
        assertEquals("Successful", code.message());
        assertEquals("v", ((ApplyOttResponse) call.value()).getUserResources().get(0).getValue());
    }

    @Test
    void aSnapRefusalIsReadForItsCodeWithoutAModel() {
        Call call = decoded("/rest/v1.1/qr/apply-ott", 401,
                "{\"responseCode\":\"4014902\",\"responseMessage\":\"Invalid Customer Token\",\"extra\":[1,{\"a\":2}]}",
                ApplyOttResponse.class);
        assertEquals("4014902", call.code().code());
        assertEquals(OutcomeKind.FAILURE, call.code().kind());
        assertNull(call.value());
    }

    @Test
    void anOpenApiCodeComesFromResponseBodyResultInfoOnly() {
        Call call = decoded("/dana/merchant/queryMerchantResource.htm", 200, "{\"response\":{\"head\":{\"resultInfo\":"
                + "{\"resultStatus\":\"S\"}},\"body\":{\"resultInfo\":{\"resultStatus\":\"F\",\"resultCodeId\":"
                + "\"00000004\",\"resultCode\":\"PARAM_ILLEGAL\",\"resultMsg\":\"x\"}}},\"signature\":\"s\"}",
                QueryMerchantResourceResponse.class);
        assertEquals("00000004", call.code().code());
        assertEquals("PARAM_ILLEGAL", call.code().name());
        assertEquals(OutcomeKind.FAILURE, call.code().kind());
        assertEquals("PARAM_ILLEGAL", ((QueryMerchantResourceResponse) call.value()).getResponse().getBody()
                .getResultInfo().getResultCode(), "the model is bound from the same parse");
    }

    @Test
    void aNicepayCodeComesFromTheTopLevelOnly() {
        Call call = decoded("/nicepay/direct/v2/remove-token", 200, "{\"nested\":{\"resultCd\":\"9999\","
                + "\"resultMsg\":\"no\"},\"resultCd\":\"0000\",\"resultMsg\":\"SUCCESS\"}",
                RemoveTokenResponse.class);
        assertEquals("0000", call.code().code(), "a nested resultCd does not count");
        assertEquals("SUCCESS", call.code().message());
        assertEquals("0000", ((RemoveTokenResponse) call.value()).getResultCd(), "the model is bound from the same parse");
    }

    @Test
    void aBodyThatIsNotTheModelStillGivesItsCode() {
        Call call = decoded("/rest/v1.1/qr/apply-ott", 200,
                "{\"responseCode\":\"2004900\",\"userResources\":\"not a list\"}", ApplyOttResponse.class);
        assertNull(call.value());
        assertEquals("2004900", call.code().code());
    }

    @Test
    void withoutACodeTheStatusDecides() {
        Call html = decoded("/rest/v1.1/qr/apply-ott", 502, "<html>Bad Gateway</html>", ApplyOttResponse.class);
        assertNull(html.code().code());
        assertEquals(502, html.code().httpStatus());
        assertEquals(OutcomeKind.UNKNOWN, html.code().kind());

        Call notSnap = decoded("/rest/v1.1/qr/apply-ott", 200, "{\"responseCode\":\"OK\"}", ApplyOttResponse.class);
        assertNull(notSnap.code().code(), "a SNAP code has seven digits");
        assertEquals(OutcomeKind.UNKNOWN, notSnap.code().kind(), "a 2xx without a code proves nothing");
    }
}
