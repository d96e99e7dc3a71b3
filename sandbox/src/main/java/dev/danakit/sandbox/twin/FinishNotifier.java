package dev.danakit.sandbox.twin;

import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.generated.callbacks.model.FinishNotifyRequest;
import dev.danakit.sandbox.generated.callbacks.model.Money;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Tells a merchant an order finished: a SNAP request signed with DANA's key, resent on DANA's schedule
 * until the merchant answers {@code 200<service code>00} ({@code 2005600}).
 *
 * @param operation Finish Notify in the operation table (its service code)
 * @param via what the notification is made and sent with
 */
public record FinishNotifier(DanaOperation operation, Notifications via) {

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
        byte[] bytes = via.bytes(body);
        // every attempt is the same signed request, as DANA resends it
        String timestamp = SnapTimestamp.now(via.clock());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SnapHeaders.X_TIMESTAMP, timestamp);
        headers.put(SnapHeaders.X_SIGNATURE,
                SnapAsymmetric.sign(via.danaKey(), "POST", merchant.finishNotifyUrl().getRawPath(), bytes, timestamp));
        headers.put(SnapHeaders.X_PARTNER_ID, merchant.clientId());
        headers.put(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
        headers.put(SnapHeaders.CHANNEL_ID, "95221");
        via.delivery().send("finishNotify", merchant.finishNotifyUrl(), headers, bytes, this::acknowledged);
        return true;
    }

    private boolean acknowledged(HttpResponse<byte[]> response) {
        try {
            // what the merchant answers when it took the notification: 200<service code>00
            String acknowledged = DanaAnswers.responseCode(operation, 200, "00");
            return response.statusCode() == 200
                    && acknowledged.equals(via.mapper().readTree(response.body()).path("responseCode").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
