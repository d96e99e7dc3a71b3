package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.NotificationHandler;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.server.callbacks.api.FinishNotifyApi;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import java.util.Objects;

/**
 * The registered Finish Notify resource: runs the merchant's {@link FinishNotifyApi} once per
 * (originalPartnerReferenceNo, originalReferenceNo, latestTransactionStatus), through {@link SnapExactlyOnce};
 * a handler returning {@code null} means {@code 2005600 Successful}.
 */
public final class ExactlyOnceFinishNotify extends SnapExactlyOnce<FinishNotifyRequest, FinishNotifyResponse> implements FinishNotifyApi {

    /** Ledger kind of Finish Notify. */
    public static final String KIND = "dana.finish-notify";
    /** What identifies a Finish Notify or moves money: refused when missing or malformed, never reshaped. */
    public static final StrictFields STRICT = StrictFields.FINISH_NOTIFY;
    private static final Models<FinishNotifyRequest, FinishNotifyResponse> MODELS = new Models<>(FinishNotifyRequest.class,
            r -> new String[] {r.getOriginalPartnerReferenceNo(), r.getOriginalReferenceNo(), r.getLatestTransactionStatus()},
            (code, message) -> new FinishNotifyResponse().responseCode(code).responseMessage(message),
            FinishNotifyResponse::getResponseCode, FinishNotifyResponse::getResponseMessage);

    /**
     * @param handler the merchant's implementation
     * @param exactlyOnce the delivery guard
     * @param operation Finish Notify in the operation table (its service code)
     */
    public ExactlyOnceFinishNotify(NotificationHandler<FinishNotifyRequest, FinishNotifyResponse> handler, ExactlyOnce exactlyOnce,
            DanaOperation operation) {
        super(KIND, STRICT, MODELS, handler, exactlyOnce, operation);
    }

    /**
     * @param api the merchant's implementation of the generated interface
     * @return it as a notification handler (headers and model passed on)
     */
    public static NotificationHandler<FinishNotifyRequest, FinishNotifyResponse> adapt(FinishNotifyApi api) {
        Objects.requireNonNull(api, "api");
        return handlerOf(api::finishNotify);
    }

    @Override
    public FinishNotifyResponse finishNotify(String xTimestamp, String xSignature, String xPartnerId,
            String xExternalId, String channelId, FinishNotifyRequest request) {
        return deliverDirect(xTimestamp, xSignature, xPartnerId, xExternalId, channelId, request);
    }
}
