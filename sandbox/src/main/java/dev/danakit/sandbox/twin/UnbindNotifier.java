package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.protocol.answers.OpenApiHead;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.generated.callbacks.model.NotifyRequestHead;
import dev.danakit.sandbox.generated.callbacks.model.UnbindNotifyRequestBody;
import dev.danakit.sandbox.generated.callbacks.model.UnbindNotifyRequestValue;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a merchant that access tokens were unbound: a DANA Open API envelope signed with DANA's key,
 * resent until the merchant answers with a response envelope, signed with its own key, whose result is S.
 *
 * @param operation Unbind Notify in the operation table (its function)
 * @param via what the notification is made and sent with
 * @param tolerance how old the merchant's signed answer may be
 */
public record UnbindNotifier(DanaOperation operation, Notifications via, Duration tolerance) {

    /**
     * @param merchant the merchant whose customer unbound
     * @param accessTokens the tokens no longer valid
     * @return true if the merchant has an Unbind Notify URL and the notification was queued
     */
    public boolean notify(Merchant merchant, List<String> accessTokens) {
        if (merchant == null || merchant.unbindNotifyUrl() == null) {
            return false;
        }
        UnbindNotifyRequestValue value = new UnbindNotifyRequestValue()
                .head(new NotifyRequestHead().version(OpenApiHead.VERSION).function(operation.function())
                        .clientId(merchant.clientId())
                        .reqTime(SnapTimestamp.now(via.clock())).reqMsgId(UUID.randomUUID().toString()))
                .body(new UnbindNotifyRequestBody().unbindAccessToken(new ArrayList<>(accessTokens))
                        .unbindTime(SnapTimestamp.now(via.clock())));
        // the value is serialized once; the envelope signs and carries exactly those bytes
        byte[] envelope = OpenApiEnvelope.signAndCompose(via.danaKey(), OpenApiEnvelope.REQUEST, via.bytes(value));
        OpenApiVerifier merchantVerifier = new OpenApiVerifier(merchant.publicKey(), via.clock(), tolerance);
        via.delivery().send("unbindNotify", merchant.unbindNotifyUrl(), Map.of(), envelope,
                response -> acknowledged(response, merchantVerifier));
        return true;
    }

    private boolean acknowledged(HttpResponse<byte[]> response, OpenApiVerifier merchantVerifier) {
        if (response.statusCode() != 200) {
            return false;
        }
        byte[] value = merchantVerifier.verify(response.body(), OpenApiEnvelope.RESPONSE);
        try {
            JsonNode resultInfo = via.mapper().readTree(value).path("body").path("resultInfo");
            return "S".equals(resultInfo.path("resultStatus").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
