package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.Notification;
import dev.danakit.callbacks.NotificationHandler;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.server.callbacks.api.FinishNotifyApi;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import dev.danakit.signing.snap.SnapHeaders;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registered Finish Notify resource: runs the merchant's {@link FinishNotifyApi} once per
 * (originalPartnerReferenceNo, originalReferenceNo, latestTransactionStatus). A handler returning
 * {@code null} means {@code 200<service code>00 Successful} ({@code 2005600}); any answer whose code does not
 * start with {@code 200} is passed on unrecorded, so DANA delivers the notification again.
 */
public final class ExactlyOnceFinishNotify implements FinishNotifyApi, CallbackDelivery<FinishNotifyRequest> {

    /** Ledger kind of Finish Notify. */
    public static final String KIND = "dana.finish-notify";
    /** What identifies a Finish Notify or moves money: refused when missing or malformed, never reshaped. */
    public static final StrictFields STRICT = StrictFields.FINISH_NOTIFY;
    private final NotificationHandler<FinishNotifyRequest, FinishNotifyResponse> handler;
    private final ExactlyOnce exactlyOnce;
    private final String successful;

    /**
     * @param handler the merchant's implementation
     * @param exactlyOnce the delivery guard
     * @param operation Finish Notify in the operation table (its service code)
     */
    public ExactlyOnceFinishNotify(NotificationHandler<FinishNotifyRequest, FinishNotifyResponse> handler,
            ExactlyOnce exactlyOnce, DanaOperation operation) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.exactlyOnce = Objects.requireNonNull(exactlyOnce, "exactlyOnce");
        this.successful = DanaAnswers.responseCode(operation, 200, "00");
    }

    /**
     * @param api the merchant's implementation of the generated interface
     * @return it as a notification handler (headers and model passed on)
     */
    public static NotificationHandler<FinishNotifyRequest, FinishNotifyResponse> adapt(FinishNotifyApi api) {
        Objects.requireNonNull(api, "api");
        return n -> api.finishNotify(n.header(SnapHeaders.X_TIMESTAMP).orElse(null),
                n.header(SnapHeaders.X_SIGNATURE).orElse(null), n.header(SnapHeaders.X_PARTNER_ID).orElse(null),
                n.header(SnapHeaders.X_EXTERNAL_ID).orElse(null), n.header(SnapHeaders.CHANNEL_ID).orElse(null),
                n.model());
    }

    @Override
    public Class<FinishNotifyRequest> requestType() {
        return FinishNotifyRequest.class;
    }

    @Override
    public StrictFields strictFields() {
        return STRICT;
    }

    /** Direct calls (without the kit's HTTP path) deliver the model alone: no raw bytes, no deviations. */
    @Override
    public FinishNotifyResponse finishNotify(String xTimestamp, String xSignature, String xPartnerId,
            String xExternalId, String channelId, FinishNotifyRequest request) {
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
    public FinishNotifyResponse deliver(Notification<FinishNotifyRequest> notification) {
        FinishNotifyRequest request = notification.model();
        NotificationId id = NotificationId.of(KIND, request.getOriginalPartnerReferenceNo(),
                request.getOriginalReferenceNo(), request.getLatestTransactionStatus());
        return exactlyOnce.deliver(id,
                () -> orSuccess(handler.handle(notification)),
                new ExactlyOnce.Answers<>(r -> r.getResponseCode() != null && r.getResponseCode().startsWith("200"),
                        r -> r.getResponseCode() + " " + r.getResponseMessage(), () -> orSuccess(null)));
    }

    private FinishNotifyResponse orSuccess(FinishNotifyResponse response) {
        return response != null ? response
                : new FinishNotifyResponse().responseCode(successful).responseMessage(DanaAnswers.SUCCESSFUL);
    }
}
