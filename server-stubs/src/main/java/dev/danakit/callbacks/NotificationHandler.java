package dev.danakit.callbacks;

/**
 * A merchant's handler that receives the whole {@link Notification}: the typed model, the raw verified bytes,
 * the deviations from the spec and every field that arrived. Register it with e.g.
 * {@link DanaCallbacks.Builder#finishNotification}.
 *
 * @param <T> the generated request model
 * @param <R> the generated response model
 */
@FunctionalInterface
public interface NotificationHandler<T, R> {

    /**
     * Handles one verified notification, at most once per notification (the kit's ledger decides).
     *
     * @param notification the notification
     * @return the answer, or {@code null} for the callback's success answer
     */
    R handle(Notification<T> notification);
}
