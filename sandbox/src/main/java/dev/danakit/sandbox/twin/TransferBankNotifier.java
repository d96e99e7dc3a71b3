package dev.danakit.sandbox.twin;

import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.generated.callbacks.model.Money;
import dev.danakit.sandbox.generated.callbacks.model.TransferBankNotifyRequest;
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
        // serialized once: these bytes are signed and sent, and every attempt resends them
        byte[] bytes = via.bytes(body);
        String timestamp = SnapTimestamp.now(via.clock());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SnapHeaders.X_TIMESTAMP, timestamp);
        headers.put(SnapHeaders.X_SIGNATURE, SnapAsymmetric.sign(via.danaKey(), "POST",
                merchant.transferBankNotifyUrl().getRawPath(), bytes, timestamp));
        headers.put(SnapHeaders.X_PARTNER_ID, merchant.clientId());
        headers.put(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
        headers.put(SnapHeaders.CHANNEL_ID, "95221");
        via.delivery().send("transferBankNotify", merchant.transferBankNotifyUrl(), headers, bytes,
                this::acknowledged);
        return true;
    }

    private boolean acknowledged(HttpResponse<byte[]> response) {
        try {
            String acknowledged = DanaAnswers.responseCode(operation, 200, "00");
            return response.statusCode() == 200
                    && acknowledged.equals(via.mapper().readTree(response.body()).path("responseCode").asText());
        } catch (IOException e) {
            return false;
        }
    }
}
