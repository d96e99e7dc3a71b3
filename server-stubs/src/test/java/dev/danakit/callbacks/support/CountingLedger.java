package dev.danakit.callbacks.support;

import dev.danakit.callbacks.ledger.LedgerClaim;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.callbacks.ledger.NotificationLedger;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a real ledger and counts what was recorded, so a test can assert the ledger was left unchanged. */
public final class CountingLedger implements NotificationLedger {

    private final NotificationLedger delegate;
    private final AtomicInteger recorded = new AtomicInteger();

    /** @param delegate the real ledger */
    public CountingLedger(NotificationLedger delegate) {
        this.delegate = delegate;
    }

    @Override
    public LedgerClaim claim(NotificationId id) {
        LedgerClaim claim = delegate.claim(id);
        return new LedgerClaim() {
            @Override
            public boolean alreadyProcessed() {
                return claim.alreadyProcessed();
            }

            @Override
            public void recordProcessed(String outcome) {
                claim.recordProcessed(outcome);
                recorded.incrementAndGet();
            }

            @Override
            public void close() {
                claim.close();
            }
        };
    }

    @Override
    public Optional<String> outcome(NotificationId id) {
        return delegate.outcome(id);
    }

    /** @return how many notifications were recorded as processed */
    public int recorded() {
        return recorded.get();
    }
}
