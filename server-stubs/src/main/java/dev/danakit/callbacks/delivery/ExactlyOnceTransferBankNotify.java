package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.Notification;
import dev.danakit.callbacks.NotificationHandler;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.server.callbacks.api.TransferBankNotifyApi;
import dev.danakit.server.callbacks.model.TransferBankNotifyRequest;
import dev.danakit.server.callbacks.model.TransferBankNotifyResponse;
import dev.danakit.signing.snap.SnapHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registered Transfer to Bank Notify resource: runs the merchant's {@link TransferBankNotifyApi} once per
 * (originalPartnerReferenceNo, originalReferenceNo, latestTransactionStatus). A handler returning
 * {@code null} means {@code 200<service code>00 Successful} ({@code 2004300}); any answer whose code does not
 * start with {@code 200} is passed on unrecorded, so DANA delivers the notification again.
 */
public final class ExactlyOnceTransferBankNotify implements TransferBankNotifyApi, CallbackDelivery<TransferBankNotifyRequest> {

    /** Ledger kind of Transfer to Bank Notify. */
    public static final String KIND = "dana.transfer-bank-notify";
    /** What identifies a transfer or moves money: refused when missing or malformed, never reshaped. */
    public static final StrictFields STRICT = StrictFields.TRANSFER_BANK_NOTIFY;
    private final NotificationHandler<TransferBankNotifyRequest, TransferBankNotifyResponse> handler;
    private final ExactlyOnce exactlyOnce;
    private final String successful;

    /**
     * @param handler the merchant's implementation
     * @param exactlyOnce the delivery guard
     * @param operation Transfer to Bank Notify in the operation table (its service code)
     */
    public ExactlyOnceTransferBankNotify(NotificationHandler<TransferBankNotifyRequest, TransferBankNotifyResponse> handler,
            ExactlyOnce exactlyOnce, DanaOperation operation) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.exactlyOnce = Objects.requireNonNull(exactlyOnce, "exactlyOnce");
        this.successful = DanaAnswers.responseCode(operation, 200, "00");
    }

    /**
     * @param api the merchant's implementation of the generated interface
     * @return it as a notification handler (headers and model passed on)
     */
    public static NotificationHandler<TransferBankNotifyRequest, TransferBankNotifyResponse> adapt(TransferBankNotifyApi api) {
        Objects.requireNonNull(api, "api");
        return n -> api.transferBankNotify(n.header(SnapHeaders.X_TIMESTAMP).orElse(null),
                n.header(SnapHeaders.X_SIGNATURE).orElse(null), n.header(SnapHeaders.X_PARTNER_ID).orElse(null),
                n.header(SnapHeaders.X_EXTERNAL_ID).orElse(null), n.header(SnapHeaders.CHANNEL_ID).orElse(null),
                n.model());
    }

    @Override
    public Class<TransferBankNotifyRequest> requestType() {
        return TransferBankNotifyRequest.class;
    }

    @Override
    public StrictFields strictFields() {
        return STRICT;
    }

    /** Direct calls (without the kit's HTTP path) deliver the model alone: no raw bytes, no deviations. */
    @Override
    public TransferBankNotifyResponse transferBankNotify(String xTimestamp, String xSignature, String xPartnerId,
            String xExternalId, String channelId, TransferBankNotifyRequest request) {
        Map<String, String> headers = new java.util.HashMap<>();
        putIfPresent(headers, SnapHeaders.X_TIMESTAMP, xTimestamp);
        putIfPresent(headers, SnapHeaders.X_SIGNATURE, xSignature);
        putIfPresent(headers, SnapHeaders.X_PARTNER_ID, xPartnerId);
        putIfPresent(headers, SnapHeaders.X_EXTERNAL_ID, xExternalId);
        putIfPresent(headers, SnapHeaders.CHANNEL_ID, channelId);
        return deliver(new Notification<>(request, new byte[0], null, List.of(), "", headers));
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    @Override
    public TransferBankNotifyResponse deliver(Notification<TransferBankNotifyRequest> notification) {
        TransferBankNotifyRequest request = notification.model();
        NotificationId id = NotificationId.of(KIND, request.getOriginalPartnerReferenceNo(),
                request.getOriginalReferenceNo(), request.getLatestTransactionStatus());
        return exactlyOnce.deliver(id,
                () -> orSuccess(handler.handle(notification)),
                new ExactlyOnce.Answers<>(r -> r.getResponseCode() != null && r.getResponseCode().startsWith("200"),
                        r -> r.getResponseCode() + " " + r.getResponseMessage(), () -> orSuccess(null)));
    }

    private TransferBankNotifyResponse orSuccess(TransferBankNotifyResponse response) {
        return response != null ? response
                : new TransferBankNotifyResponse().responseCode(successful).responseMessage(DanaAnswers.SUCCESSFUL);
    }
}
