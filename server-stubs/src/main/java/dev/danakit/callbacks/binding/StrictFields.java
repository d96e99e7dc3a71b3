package dev.danakit.callbacks.binding;

import java.util.List;
import java.util.Objects;

/**
 * The fields of a notification that identify it or move money: missing or malformed, the notification is
 * refused with DANA's code ({@code xx02} missing, {@code xx01} malformed); they are never re-cased, converted or
 * dropped. A field is strict when its path equals one of these or lies inside one (dots, list items as
 * {@code [i]}).
 *
 * @param paths the strict paths, e.g. {@code amount} (which covers {@code amount.value})
 */
public record StrictFields(List<String> paths) {

    /** Finish Notify: what identifies the payment and the money it moved. */
    public static final StrictFields FINISH_NOTIFY = of("originalPartnerReferenceNo", "originalReferenceNo",
            "merchantId", "amount", "latestTransactionStatus");
    /** Transfer to Bank Notify: what identifies the transfer and the money it moved. */
    public static final StrictFields TRANSFER_BANK_NOTIFY = of("originalPartnerReferenceNo", "originalReferenceNo",
            "amount", "latestTransactionStatus");
    /** Unbind Notify: the envelope's head (who sends, which message, which function), the tokens, the signature. */
    public static final StrictFields UNBIND_NOTIFY = of("request.head", "request.body.unbindAccessToken",
            "signature");
    /** NICEPAY's token-deactivated notification: the merchant, the token, the user and the proof. */
    public static final StrictFields NICEPAY_TOKEN_DEACTIVATED = of("iMid", "userToken", "clientUserKey",
            "merchantToken");

    /**
     * @param operationId a callback's operationId in its spec, e.g. {@code finishNotify}
     * @return the fields the kit keeps strict for it (none for an unknown callback)
     */
    public static StrictFields ofCallback(String operationId) {
        return switch (operationId) {
            case "finishNotify" -> FINISH_NOTIFY;
            case "transferBankNotify" -> TRANSFER_BANK_NOTIFY;
            case "unbindNotify" -> UNBIND_NOTIFY;
            case "tokenDeactivatedNotify" -> NICEPAY_TOKEN_DEACTIVATED;
            default -> of();
        };
    }

    /** @param paths strict paths */
    public StrictFields {
        paths = List.copyOf(paths);
    }

    /**
     * @param paths strict paths
     * @return the set
     */
    public static StrictFields of(String... paths) {
        return new StrictFields(List.of(paths));
    }

    /**
     * @param field a field path, e.g. {@code amount.value} or {@code request.body.unbindAccessToken[0]}
     * @return whether it is strict
     */
    public boolean covers(String field) {
        Objects.requireNonNull(field, "field");
        for (String strict : paths) {
            if (field.equals(strict) || field.startsWith(strict)
                    && (field.charAt(strict.length()) == '.' || field.charAt(strict.length()) == '[')) {
                return true;
            }
        }
        return false;
    }
}
