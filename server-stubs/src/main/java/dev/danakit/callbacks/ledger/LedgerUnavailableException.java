package dev.danakit.callbacks.ledger;

/**
 * The ledger could not answer in time (unreachable, or the notification is being processed elsewhere for
 * longer than the lock timeout). The callback is then answered with the sender's retryable error.
 */
public final class LedgerUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, without notification data
     * @param cause the underlying error, may be {@code null}
     */
    public LedgerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
