package dev.danakit.sandbox.twin;

import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.generated.callbacks.model.FinishNotifyRequest;
import dev.danakit.sandbox.generated.callbacks.model.Money;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.signing.snap.SnapTimestamp;

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
        via.sendSnap(operation, merchant, merchant.finishNotifyUrl(), via.bytes(body));
        return true;
    }
}
