package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.generated.callbacks.model.FinishNotifyRequest;
import dev.danakit.sandbox.generated.callbacks.model.Money;
import dev.danakit.sandbox.http.SandboxJson;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a merchant an order finished: a SNAP request signed with DANA's key, resent on DANA's schedule
 * until the merchant answers {@code 200<service code>00} ({@code 2005600}).
 */
public final class FinishNotifier {

    private final String acknowledged;
    private final ObjectMapper mapper;
    private final PrivateKey danaKey;
    private final Clock clock;
    private final CallbackDelivery delivery;

    /**
     * @param operation Finish Notify in the operation table (its service code)
     * @param mapper writes the notification
     * @param danaKey signs it
     * @param clock stamps it
     * @param delivery sends and resends it
     */
    public FinishNotifier(DanaOperation operation, ObjectMapper mapper, PrivateKey danaKey, Clock clock,
                          CallbackDelivery delivery) {
        // what the merchant answers when it took the notification
        this.acknowledged = DanaAnswers.responseCode(operation, 200, "00");
        this.mapper = mapper;
        this.danaKey = danaKey;
        this.clock = clock;
        this.delivery = delivery;
    }

    /**
     * @param merchant the order's merchant
     * @param order the finished order
     * @return true if the merchant has a Finish Notify URL and the notification was queued
     */
    public boolean notify(Merchant merchant, Orders.Order order) {
        if (merchant == null || merchant.finishNotifyUrl() == null) {
            return false;
        }
        FinishNotifyRequest body = new FinishNotifyRequest()
                .originalPartnerReferenceNo(order.partnerReferenceNo)
                .originalReferenceNo(order.referenceNo)
                .merchantId(order.merchantId)
                .amount(new Money().value(order.amount().path("value").asText())
                        .currency(order.amount().path("currency").asText()))
                .latestTransactionStatus(order.status().code())
                .transactionStatusDesc(order.status().name())
                .createdTime(SnapTimestamp.format(order.createdTime))
                .finishedTime(SnapTimestamp.format(order.finishedTime));
        // serialized once: these bytes are signed and sent
        byte[] bytes = SandboxJson.bytes(mapper, body);
        // every attempt is the same signed request, as DANA resends it
        String timestamp = SnapTimestamp.now(clock);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SnapHeaders.X_TIMESTAMP, timestamp);
        headers.put(SnapHeaders.X_SIGNATURE,
                SnapAsymmetric.sign(danaKey, "POST", merchant.finishNotifyUrl().getRawPath(), bytes, timestamp));
        headers.put(SnapHeaders.X_PARTNER_ID, merchant.clientId());
        headers.put(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
        headers.put(SnapHeaders.CHANNEL_ID, "95221");
        delivery.send("finishNotify", merchant.finishNotifyUrl(), headers, bytes, this::acknowledged);
        return true;
    }

    private boolean acknowledged(HttpResponse<byte[]> response) {
        try {
            return response.statusCode() == 200
                    && acknowledged.equals(mapper.readTree(response.body()).path("responseCode").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
