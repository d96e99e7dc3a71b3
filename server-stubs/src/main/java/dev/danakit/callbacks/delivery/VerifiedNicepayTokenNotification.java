package dev.danakit.callbacks.delivery;

import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.server.nicepay.api.NicepayTokenNotificationApi;
import dev.danakit.server.nicepay.model.NicepayResult;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The registered NICEPAY token-deactivated resource: checks {@code merchantToken} in constant time, then
 * runs the merchant's {@link NicepayTokenNotificationApi} once per (iMid, userToken, clientUserKey): a token
 * is deactivated once, and the notification carries no timestamp of its own.
 */
public final class VerifiedNicepayTokenNotification implements NicepayTokenNotificationApi {

    /** Ledger kind of the NICEPAY token-deactivated notification. */
    public static final String KIND = "nicepay.token-deactivated";
    private static final String SUCCESS = "0000";
    private static final Size I_MID_SIZE = iMidSize();

    private final NicepayTokenNotificationApi handler;
    private final String merchantKey;
    private final ExactlyOnce exactlyOnce;

    /**
     * @param handler the merchant's implementation
     * @param merchantKey the NICEPAY merchant key (secret)
     * @param exactlyOnce the delivery guard
     */
    public VerifiedNicepayTokenNotification(NicepayTokenNotificationApi handler, String merchantKey,
            ExactlyOnce exactlyOnce) {
        this.handler = Objects.requireNonNull(handler, "handler");
        this.merchantKey = Objects.requireNonNull(merchantKey, "merchantKey");
        this.exactlyOnce = Objects.requireNonNull(exactlyOnce, "exactlyOnce");
    }

    @Override
    public NicepayResult tokenDeactivatedNotify(TokenDeactivatedNotification n) {
        checkIMid(n.getiMid());
        if (!NicepayMerchantToken.verifyTokenDeactivatedNotification(n.getMerchantToken(), n.getiMid(),
                n.getUserToken(), n.getClientUserKey(), merchantKey)) {
            throw new Refusal(Refusal.Kind.INVALID_MERCHANT_TOKEN, "merchantToken");
        }
        NotificationId id = NotificationId.of(KIND, n.getiMid(), n.getUserToken(), n.getClientUserKey());
        return exactlyOnce.deliver(id, () -> orSuccess(handler.tokenDeactivatedNotify(n)),
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
