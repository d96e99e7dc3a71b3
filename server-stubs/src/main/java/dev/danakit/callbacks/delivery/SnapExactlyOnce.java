package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.Notification;
import dev.danakit.callbacks.NotificationHandler;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.signing.snap.SnapHeaders;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The exactly-once delivery every SNAP payment notification shares (Finish Notify, Transfer to Bank Notify): the
 * merchant's handler runs once per (originalPartnerReferenceNo, originalReferenceNo, latestTransactionStatus); a
 * handler returning {@code null} means {@code 200<service code>00 Successful}; an answer whose code does not start
 * with {@code 200} is passed on unrecorded, so DANA delivers the notification again. Subclasses only name their
 * generated types.
 *
 * @param <Q> the generated request model
 * @param <R> the generated answer model
 */
public abstract class SnapExactlyOnce<Q, R> implements CallbackDelivery<Q> {

    /**
     * How a subclass reads its generated models.
     *
     * @param requestType the request model's class
     * @param identity the request's ledger key parts (references and status)
     * @param answer makes an answer from a code and a message
     * @param code reads an answer's code
     * @param message reads an answer's message
     * @param <Q> the request model
     * @param <R> the answer model
     */
    protected record Models<Q, R>(Class<Q> requestType, Function<Q, String[]> identity,
            BiFunction<String, String, R> answer, Function<R, String> code, Function<R, String> message) {
    }

    /**
     * A generated SNAP notification interface's one method: the five SNAP headers, then the request.
     *
     * @param <Q> the request model
     * @param <R> the answer model
     */
    @FunctionalInterface
    public interface SnapMethod<Q, R> {
        /**
         * @param xTimestamp X-TIMESTAMP
         * @param xSignature X-SIGNATURE
         * @param xPartnerId X-PARTNER-ID
         * @param xExternalId X-EXTERNAL-ID
         * @param channelId CHANNEL-ID
         * @param request the request
         * @return the answer, or {@code null} for success
         */
        R handle(String xTimestamp, String xSignature, String xPartnerId, String xExternalId, String channelId,
                Q request);
    }

    /**
     * @param method the merchant's implementation of a generated interface's method, e.g. {@code api::finishNotify}
     * @param <Q> the request model
     * @param <R> the answer model
     * @return it as a notification handler (the headers as received and the model passed on)
     */
    public static <Q, R> NotificationHandler<Q, R> handlerOf(SnapMethod<Q, R> method) {
        Objects.requireNonNull(method, "method");
        return n -> method.handle(n.header(SnapHeaders.X_TIMESTAMP).orElse(null),
                n.header(SnapHeaders.X_SIGNATURE).orElse(null), n.header(SnapHeaders.X_PARTNER_ID).orElse(null),
                n.header(SnapHeaders.X_EXTERNAL_ID).orElse(null), n.header(SnapHeaders.CHANNEL_ID).orElse(null),
                n.model());
    }

    private final String kind;
    private final StrictFields strict;
    private final Models<Q, R> models;
    private final NotificationHandler<Q, R> handler;
    private final ExactlyOnce exactlyOnce;
    private final String successful;

    /**
     * @param kind the ledger kind
     * @param strict the fields that identify the notification or move money
     * @param models how the generated models are read and made
     * @param handler the merchant's implementation
     * @param exactlyOnce the delivery guard
     * @param operation the callback in the operation table (its service code)
     */
    protected SnapExactlyOnce(String kind, StrictFields strict, Models<Q, R> models, NotificationHandler<Q, R> handler,
            ExactlyOnce exactlyOnce, DanaOperation operation) {
        this.kind = kind;
        this.strict = strict;
        this.models = models;
        this.handler = Objects.requireNonNull(handler, "handler");
        this.exactlyOnce = Objects.requireNonNull(exactlyOnce, "exactlyOnce");
        this.successful = DanaAnswers.responseCode(operation, 200, "00");
    }

    @Override
    public Class<Q> requestType() {
        return models.requestType();
    }

    @Override
    public StrictFields strictFields() {
        return strict;
    }

    /**
     * A direct call (without the kit's HTTP path) delivers the model alone: no raw bytes, no deviations.
     *
     * @param xTimestamp {@code X-TIMESTAMP}
     * @param xSignature {@code X-SIGNATURE}
     * @param xPartnerId {@code X-PARTNER-ID}
     * @param xExternalId {@code X-EXTERNAL-ID}
     * @param channelId {@code CHANNEL-ID}
     * @param request the model
     * @return the answer
     */
    protected R deliverDirect(String xTimestamp, String xSignature, String xPartnerId, String xExternalId,
            String channelId, Q request) {
        Map<String, String> headers = new HashMap<>();
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
    public R deliver(Notification<Q> notification) {
        NotificationId id = NotificationId.of(kind, models.identity().apply(notification.model()));
        return exactlyOnce.deliver(id,
                () -> orSuccess(handler.handle(notification)),
                new ExactlyOnce.Answers<>(r -> models.code().apply(r) != null && models.code().apply(r).startsWith("200"),
                        r -> models.code().apply(r) + " " + models.message().apply(r), () -> orSuccess(null)));
    }

    private R orSuccess(R response) {
        return response != null ? response : models.answer().apply(successful, DanaAnswers.SUCCESSFUL);
    }
}
