package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.http.SandboxJson;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.IOException;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What DANA's notifications to merchants are made and sent with, shared by every notifier (one SNAP sender).
 *
 * @param mapper writes each notification (once: those bytes are signed and sent) and reads the answers
 * @param danaKey DANA's private key, which signs them
 * @param clock stamps them
 * @param delivery sends them and resends them on DANA's schedule
 */
public record Notifications(ObjectMapper mapper, PrivateKey danaKey, Clock clock, CallbackDelivery delivery) {

    /**
     * @param model a generated request model
     * @return its JSON bytes
     */
    byte[] bytes(Object model) {
        return SandboxJson.bytes(mapper, model);
    }

    /**
     * Signs a SNAP notification as DANA does (asymmetric, over the path of the merchant's URL as registered) and
     * queues it; every attempt is the same signed request, as DANA resends it.
     *
     * @param operation the callback in the operation table (its kind and service code)
     * @param merchant the merchant it goes to
     * @param url the merchant's URL for it
     * @param bytes the body, serialized once: these bytes are signed and sent
     */
    void sendSnap(DanaOperation operation, Merchant merchant, URI url, byte[] bytes) {
        String timestamp = SnapTimestamp.now(clock);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SnapHeaders.X_TIMESTAMP, timestamp);
        headers.put(SnapHeaders.X_SIGNATURE, SnapAsymmetric.sign(danaKey, "POST", url.getRawPath(), bytes, timestamp));
        headers.put(SnapHeaders.X_PARTNER_ID, merchant.clientId());
        headers.put(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
        headers.put(SnapHeaders.CHANNEL_ID, "95221");
        // what the merchant answers when it took the notification: 200<service code>00
        String acknowledged = DanaAnswers.responseCode(operation, 200, "00");
        delivery.send(operation.operationId(), url, headers, bytes, response -> {
            try {
                return response.statusCode() == 200
                        && acknowledged.equals(mapper.readTree(response.body()).path("responseCode").asText());
            } catch (IOException e) {
                return false;
            }
        });
    }

    @Override
    public String toString() {
        return "Notifications[danaKey=<redacted>]";
    }
}
