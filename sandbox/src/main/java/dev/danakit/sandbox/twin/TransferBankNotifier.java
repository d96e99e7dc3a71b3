package dev.danakit.sandbox.twin;

import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.generated.callbacks.model.Money;
import dev.danakit.sandbox.generated.callbacks.model.TransferBankNotifyRequest;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.signing.snap.SnapTimestamp;

/**
 * Tells a merchant a Transfer to Bank finished (success or failure): a SNAP request signed with DANA's key (the
 * asymmetric approach), resent on DANA's schedule until the merchant answers {@code 200<service code>00}
 * ({@code 2004300}).
 *
 * @param operation Transfer to Bank Notify in the operation table (its service code)
 * @param via what the notification is made and sent with
 */
public record TransferBankNotifier(DanaOperation operation, Notifications via) {

    /**
     * @param merchant the transfer's merchant, or {@code null}
     * @param transfer the finished transfer
     * @param externalId X-EXTERNAL-ID of the Transfer to Bank call, or {@code null}
     * @return true if the merchant has a Transfer to Bank Notify URL and the notification was queued
     */
    public boolean notify(Merchant merchant, Transfers.Transfer transfer, String externalId) {
        if (merchant == null || merchant.transferBankNotifyUrl() == null) {
            return false;
        }
        Orders.Status status = transfer.status();
        TransferBankNotifyRequest body = new TransferBankNotifyRequest()
                .originalPartnerReferenceNo(transfer.partnerReferenceNo())
                .originalReferenceNo(transfer.referenceNo())
                .originalExternalId(externalId)
                .latestTransactionStatus(status.code())
                .transactionStatusDesc(status.name())
                .amount(new Money().value(transfer.amount().path("value").asText())
                        .currency(transfer.amount().path("currency").asText()))
                .createdTime(SnapTimestamp.format(transfer.createdTime()))
                .finishedTime(SnapTimestamp.format(transfer.finishedTime()));
        via.sendSnap(operation, merchant, merchant.transferBankNotifyUrl(), via.bytes(body));
        return true;
    }
}
