package dev.danakit.callbacks.ledger;

/**
 * The exclusive right to process one notification, from {@link NotificationLedger#claim}.
 */
public interface LedgerClaim extends AutoCloseable {

    /** @return whether the notification was processed by an earlier delivery (nothing to do) */
    boolean alreadyProcessed();

    /**
     * Records the notification as processed. Call it only after the handler returned successfully.
     *
     * @param outcome a short summary such as {@code 2005600 Successful}, at most 256 characters
     * @throws LedgerUnavailableException if the record could not be made durable
     */
    void recordProcessed(String outcome);

    /** Releases the claim. Without {@link #recordProcessed}, nothing is recorded and a redelivery may claim it. */
    @Override
    void close();
}
