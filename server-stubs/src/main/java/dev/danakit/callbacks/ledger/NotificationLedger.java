package dev.danakit.callbacks.ledger;

import java.util.Optional;

/**
 * Records which notifications were processed, so that each one is processed exactly once however often,
 * and on however many instances, it is delivered.
 *
 * <p>Usage: {@link #claim} before running the handler; if {@link LedgerClaim#alreadyProcessed()} answer
 * success without running it; otherwise run it and call {@link LedgerClaim#recordProcessed} only after it
 * returned. A second delivery of the same notification waits in {@code claim} until the first one is
 * recorded (then it sees it processed) or abandoned (then it gets the claim itself).
 *
 * <p>Implementations: {@link InMemoryNotificationLedger} (one instance, tests) and
 * {@link JdbcNotificationLedger} (PostgreSQL, any number of instances).
 */
public interface NotificationLedger {

    /**
     * Takes the exclusive right to process a notification, or learns that it was processed already.
     *
     * @param id the notification
     * @return the claim; close it in all cases
     * @throws LedgerUnavailableException if the ledger cannot be reached, or another delivery of the same
     *     notification held it longer than the ledger's lock timeout
     */
    LedgerClaim claim(NotificationId id);

    /**
     * @param id the notification
     * @return the recorded outcome if it was processed
     */
    Optional<String> outcome(NotificationId id);
}
