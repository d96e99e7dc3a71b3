package dev.danakit.callbacks.ledger;

import java.time.Duration;

/** The ledger contract on the in-memory ledger. */
class InMemoryNotificationLedgerTest extends NotificationLedgerContract {

    @Override
    NotificationLedger ledger(Duration lockTimeout) {
        return new InMemoryNotificationLedger(lockTimeout);
    }
}
