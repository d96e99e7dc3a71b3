package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.server.callbacks.api.FinishNotifyApi;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import java.util.Objects;

/**
 * The registered Finish Notify resource: runs the merchant's {@link FinishNotifyApi} once per
 * (originalPartnerReferenceNo, originalReferenceNo, latestTransactionStatus). A handler returning
 * {@code null} means {@code 200<service code>00 Successful} ({@code 2005600}); any answer whose code does not
 * start with {@code 200} is passed on unrecorded, so DANA delivers the notification again.
 */
public final class ExactlyOnceFinishNotify implements FinishNotifyApi {

    /** Ledger kind of Finish Notify. */
    public static final String KIND = "dana.finish-notify";
    private final FinishNotifyApi handler;
    private final ExactlyOnce exactlyOnce;
    private final String successful;

    /**
     * @param handler the merchant's implementation
     * @param exactlyOnce the delivery guard
     * @param operation Finish Notify in the operation table (its service code)
     */
    public ExactlyOnceFinishNotify(FinishNotifyApi handler, ExactlyOnce exactlyOnce, DanaOperation operation) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.exactlyOnce = Objects.requireNonNull(exactlyOnce, "exactlyOnce");
        this.successful = DanaAnswers.responseCode(operation, 200, "00");
    }

    @Override
    public FinishNotifyResponse finishNotify(String xTimestamp, String xSignature, String xPartnerId,
            String xExternalId, String channelId, FinishNotifyRequest request) {
        NotificationId id = NotificationId.of(KIND, request.getOriginalPartnerReferenceNo(),
                request.getOriginalReferenceNo(), request.getLatestTransactionStatus());
        return exactlyOnce.deliver(id,
                () -> orSuccess(handler.finishNotify(xTimestamp, xSignature, xPartnerId, xExternalId, channelId,
                        request)),
                new ExactlyOnce.Answers<>(r -> r.getResponseCode() != null && r.getResponseCode().startsWith("200"),
                        r -> r.getResponseCode() + " " + r.getResponseMessage(), () -> orSuccess(null)));
    }

    private FinishNotifyResponse orSuccess(FinishNotifyResponse response) {
        return response != null ? response
                : new FinishNotifyResponse().responseCode(successful).responseMessage(DanaAnswers.SUCCESSFUL);
    }
}
