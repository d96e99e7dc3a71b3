package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.Notification;
import dev.danakit.callbacks.NotificationHandler;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.server.nicepay.api.NicepayTokenNotificationApi;
import dev.danakit.server.nicepay.model.NicepayResult;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The registered NICEPAY token-deactivated resource: checks {@code merchantToken} in constant time, then
 * runs the merchant's {@link NicepayTokenNotificationApi} once per (iMid, userToken, clientUserKey): a token
 * is deactivated once, and the notification carries no timestamp of its own.
 */
public final class VerifiedNicepayTokenNotification implements NicepayTokenNotificationApi,
        CallbackDelivery<TokenDeactivatedNotification> {

    /** Ledger kind of the NICEPAY token-deactivated notification. */
    public static final String KIND = "nicepay.token-deactivated";
    private static final String SUCCESS = "0000";
    private static final Size I_MID_SIZE = iMidSize();
    /** The merchant, the token, the user and the proof stay strict. */
    public static final StrictFields STRICT = StrictFields.NICEPAY_TOKEN_DEACTIVATED;

    private final NotificationHandler<TokenDeactivatedNotification, NicepayResult> handler;
    private final String merchantKey;
    private final ExactlyOnce exactlyOnce;

    /**
     * @param handler the merchant's implementation
     * @param merchantKey the NICEPAY merchant key (secret)
     * @param exactlyOnce the delivery guard
     */
    public VerifiedNicepayTokenNotification(NotificationHandler<TokenDeactivatedNotification, NicepayResult> handler,
            String merchantKey, ExactlyOnce exactlyOnce) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.merchantKey = Objects.requireNonNull(merchantKey, "merchantKey");
        this.exactlyOnce = Objects.requireNonNull(exactlyOnce, "exactlyOnce");
    }

    /**
     * @param api the merchant's implementation of the generated interface
     * @return it as a notification handler
     */
    public static NotificationHandler<TokenDeactivatedNotification, NicepayResult> adapt(
            NicepayTokenNotificationApi api) {
        Objects.requireNonNull(api, "api");
        return n -> api.tokenDeactivatedNotify(n.model());
    }

    @Override
    public Class<TokenDeactivatedNotification> requestType() {
        return TokenDeactivatedNotification.class;
    }

    @Override
    public StrictFields strictFields() {
        return STRICT;
    }

    /** Direct calls (without the kit's HTTP path) deliver the model alone: no raw bytes, no deviations. */
    @Override
    public NicepayResult tokenDeactivatedNotify(TokenDeactivatedNotification n) {
        return deliver(new Notification<>(n, new byte[0], null, List.of(), "", Map.of()));
    }

    @Override
    public NicepayResult deliver(Notification<TokenDeactivatedNotification> notification) {
        TokenDeactivatedNotification n = notification.model();
        checkIMid(n.getiMid());
        if (!NicepayMerchantToken.verifyTokenDeactivatedNotification(n.getMerchantToken(), n.getiMid(),
                n.getUserToken(), n.getClientUserKey(), merchantKey)) {
            throw new Refusal(Refusal.Kind.INVALID_MERCHANT_TOKEN, "merchantToken");
        }
        NotificationId id = NotificationId.of(KIND, n.getiMid(), n.getUserToken(), n.getClientUserKey());
        return exactlyOnce.deliver(id, () -> orSuccess(handler.handle(notification)),
                new ExactlyOnce.Answers<>(r -> SUCCESS.equals(r.getResultCd()), r -> SUCCESS + " " + r.getResultMsg(),
                        () -> orSuccess(null)));
    }

    /**
     * Bean Validation does not see the generated {@code getiMid()} as a property getter (the letter after
     * "get" is lower case), so the spec's constraints on iMid are applied here, read from that getter.
     */
    private static void checkIMid(String iMid) {
        if (iMid == null) {
            throw new Refusal(Refusal.Kind.INVALID_MANDATORY_FIELD, "iMid");
        }
        if (iMid.length() < I_MID_SIZE.min() || iMid.length() > I_MID_SIZE.max()) {
            throw new Refusal(Refusal.Kind.INVALID_FIELD_FORMAT, "iMid");
        }
    }

    private static Size iMidSize() {
        try {
            return Objects.requireNonNull(TokenDeactivatedNotification.class.getMethod("getiMid")
                    .getAnnotation(Size.class), "@Size on getiMid");
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("generated TokenDeactivatedNotification has no getiMid()", e);
        }
    }

    private static NicepayResult orSuccess(NicepayResult result) {
        return result != null ? result : new NicepayResult().resultCd(SUCCESS).resultMsg("SUCCESS");
    }

    @Override
    public String toString() {
        return "VerifiedNicepayTokenNotification[merchantKey=<redacted>]";
    }
}
