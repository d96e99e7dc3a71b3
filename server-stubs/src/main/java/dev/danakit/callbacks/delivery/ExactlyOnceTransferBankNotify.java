package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.NotificationHandler;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.server.callbacks.api.TransferBankNotifyApi;
import dev.danakit.server.callbacks.model.TransferBankNotifyRequest;
import dev.danakit.server.callbacks.model.TransferBankNotifyResponse;
import java.util.Objects;

/**
 * The registered Transfer to Bank Notify resource: runs the merchant's {@link TransferBankNotifyApi} once per
 * (originalPartnerReferenceNo, originalReferenceNo, latestTransactionStatus), through {@link SnapExactlyOnce};
 * a handler returning {@code null} means {@code 2004300 Successful}.
 */
public final class ExactlyOnceTransferBankNotify extends SnapExactlyOnce<TransferBankNotifyRequest, TransferBankNotifyResponse> implements TransferBankNotifyApi {

    /** Ledger kind of Transfer to Bank Notify. */
    public static final String KIND = "dana.transfer-bank-notify";
    /** What identifies a transfer or moves money: refused when missing or malformed, never reshaped. */
    public static final StrictFields STRICT = StrictFields.TRANSFER_BANK_NOTIFY;
    private static final Models<TransferBankNotifyRequest, TransferBankNotifyResponse> MODELS = new Models<>(TransferBankNotifyRequest.class,
            r -> new String[] {r.getOriginalPartnerReferenceNo(), r.getOriginalReferenceNo(), r.getLatestTransactionStatus()},
            (code, message) -> new TransferBankNotifyResponse().responseCode(code).responseMessage(message),
            TransferBankNotifyResponse::getResponseCode, TransferBankNotifyResponse::getResponseMessage);

    /**
     * @param handler the merchant's implementation
     * @param exactlyOnce the delivery guard
     * @param operation Transfer to Bank Notify in the operation table (its service code)
     */
    public ExactlyOnceTransferBankNotify(NotificationHandler<TransferBankNotifyRequest, TransferBankNotifyResponse> handler, ExactlyOnce exactlyOnce,
            DanaOperation operation) {
        super(KIND, STRICT, MODELS, handler, exactlyOnce, operation);
    }

    /**
     * @param api the merchant's implementation of the generated interface
     * @return it as a notification handler (headers and model passed on)
     */
    public static NotificationHandler<TransferBankNotifyRequest, TransferBankNotifyResponse> adapt(TransferBankNotifyApi api) {
        Objects.requireNonNull(api, "api");
        return handlerOf(api::transferBankNotify);
    }

    @Override
    public TransferBankNotifyResponse transferBankNotify(String xTimestamp, String xSignature, String xPartnerId,
            String xExternalId, String channelId, TransferBankNotifyRequest request) {
        return deliverDirect(xTimestamp, xSignature, xPartnerId, xExternalId, channelId, request);
    }
}
