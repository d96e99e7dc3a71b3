package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.TestKeys;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A genuine DANA signature, presented with a body it was not made for. */
class SignatureOverDifferentBodyTest extends HostileInputTest {

    private void snapSignedOtherBody(byte[] signed, byte[] sent) {
        Map<String, String> headers = Dana.finishHeaders(signed);
        refusedSnap(server.post(Dana.FINISH_PATH, headers, sent), "4015600",
                "Unauthorized. X-SIGNATURE does not match the signed content");
    }

    @Test
    void snapAmountChanged() {
        byte[] signed = Documents.bytes(Documents.finish());
        snapSignedOtherBody(signed, Documents.bytes(Documents.set(Documents.finish(), "amount.value",
                Documents.JSON.getNodeFactory().textNode("1.00"))));
    }

    @Test
    void snapSpaceAddedInsideAString() {
        byte[] signed = Documents.bytes(Documents.finish());
        String sent = new String(signed, StandardCharsets.UTF_8).replace("\"STORE-001\"", "\"STORE -001\"");
        snapSignedOtherBody(signed, Documents.utf8(sent));
    }

    @Test
    void snapStatusOfAnotherNotification() {
        byte[] signed = Documents.bytes(Documents.finish());
        ObjectNode other = Documents.finish();
        other.put("latestTransactionStatus", "05");
        snapSignedOtherBody(signed, Documents.bytes(other));
    }

    @Test
    void openApiValueReserializedWithAnotherKeyOrder() {
        byte[] value = Documents.bytes(Documents.unbindValue());
        String signature = OpenApiEnvelope.sign(signingKey(), value);
        ObjectNode reordered = Documents.JSON.createObjectNode();
        reordered.set("body", Documents.unbindValue().get("body"));
        reordered.set("head", Documents.unbindValue().get("head"));
        byte[] sent = OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, Documents.bytes(reordered), signature);
        refusedOpenApi(unbindRaw(sent), "Unauthorized. signature does not match the signed content");
    }

    @Test
    void openApiWhitespaceAddedInsideTheSignedValue() {
        byte[] value = Documents.bytes(Documents.unbindValue());
        String signature = OpenApiEnvelope.sign(signingKey(), value);
        byte[] spaced = Documents.utf8(new String(value, StandardCharsets.UTF_8).replace(",\"body\"", ", \"body\""));
        refusedOpenApi(unbindRaw(OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, spaced, signature)),
                "Unauthorized. signature does not match the signed content");
    }

    @Test
    void openApiSignatureOfAnotherMessage() {
        String otherSignature = Dana.read(Dana.unbindEnvelope("another-message")).path("signature").asText();
        byte[] sent = OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, Documents.bytes(Documents.unbindValue()),
                otherSignature);
        refusedOpenApi(unbindRaw(sent), "Unauthorized. signature does not match the signed content");
    }

    @Test
    void nicepayTokenOfAnotherMerchant() {
        ObjectNode body = Documents.nicepay();
        body.put("iMid", "OTHERMID");
        body.put("merchantToken", NicepayMerchantToken.tokenDeactivatedNotification("IONPAYTEST",
                body.path("userToken").asText(), body.path("clientUserKey").asText(), Dana.NICEPAY_MERCHANT_KEY));
        refusedNicepay(nicepay(body), 400, "9001", "Invalid merchantToken");
    }

    private static PrivateKey signingKey() {
        return TestKeys.DANA.getPrivate();
    }
}
