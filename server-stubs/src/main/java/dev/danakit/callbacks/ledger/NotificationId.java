package dev.danakit.callbacks.ledger;

import java.util.List;
import java.util.Objects;

/**
 * The identity of one notification, the same on every redelivery: a kind (which callback) and the fields
 * that name the event, e.g. {@code dana.finish-notify} + originalPartnerReferenceNo + originalReferenceNo
 * + status.
 *
 * @param kind which callback, e.g. {@code dana.unbind-notify}
 * @param parts the identifying field values, in a fixed order
 */
public record NotificationId(String kind, List<String> parts) {

    /**
     * @param kind which callback
     * @param parts identifying values
     */
    public NotificationId {
        Objects.requireNonNull(kind, "kind");
        parts = List.copyOf(parts);
        if (kind.isEmpty() || kind.length() > 64) {
            throw new IllegalArgumentException("kind must be 1 to 64 characters");
        }
    }

    /**
     * @param kind which callback
     * @param parts identifying values, {@code null} allowed (recorded as absent)
     * @return the id
     */
    public static NotificationId of(String kind, String... parts) {
        String[] copy = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            copy[i] = parts[i] == null ? "" : parts[i];
        }
        return new NotificationId(kind, List.of(copy));
    }

    /**
     * One string for storage. Each part is prefixed with its length, so {@code ("a|b","c")} and
     * {@code ("a","b|c")} can never collide whatever characters the values contain.
     *
     * @return the storage key
     */
    public String key() {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append(part.length()).append(':').append(part).append(';');
        }
        return sb.toString();
    }
}
