package dev.danakit.callbacks.ledger;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A ledger in this JVM's memory: right for one instance and for tests. It forgets everything on restart
 * and keeps every id it has seen, so use {@link JdbcNotificationLedger} when several instances share the
 * traffic or redeliveries must survive a restart.
 */
public final class InMemoryNotificationLedger implements NotificationLedger {

    /** How long a delivery waits for another delivery of the same notification, unless configured. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    private final ConcurrentMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final Duration lockTimeout;

    /** A ledger with {@link #DEFAULT_LOCK_TIMEOUT}. */
    public InMemoryNotificationLedger() {
        this(DEFAULT_LOCK_TIMEOUT);
    }

    /** @param lockTimeout how long a concurrent delivery of the same notification waits */
    public InMemoryNotificationLedger(Duration lockTimeout) {
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    private static final class Slot {
        // Slots are never removed: a waiter holding a removed slot would run the handler a second time.
        final ReentrantLock lock = new ReentrantLock();
        volatile String outcome;
    }

    @Override
    public LedgerClaim claim(NotificationId id) {
        Slot slot = slots.computeIfAbsent(slotKey(id), k -> new Slot());
        try {
            if (!slot.lock.tryLock(lockTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new LedgerUnavailableException("notification is being processed by another delivery", null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("interrupted while waiting for the ledger", null);
        }
        boolean processed = slot.outcome != null;
        return new LedgerClaim() {
            private boolean open = true;

            @Override
            public boolean alreadyProcessed() {
                return processed;
            }

            @Override
            public void recordProcessed(String outcome) {
                if (!open || processed) {
                    throw new IllegalStateException("claim is closed or the notification was already processed");
                }
                slot.outcome = Objects.requireNonNull(outcome, "outcome");
            }

            @Override
            public void close() {
                if (open) {
                    open = false;
                    slot.lock.unlock();
                }
            }
        };
    }

    @Override
    public Optional<String> outcome(NotificationId id) {
        Slot slot = slots.get(slotKey(id));
        return Optional.ofNullable(slot == null ? null : slot.outcome);
    }

    private static String slotKey(NotificationId id) {
        return id.kind().length() + ":" + id.kind() + id.key();
    }

    @Override
    public String toString() {
        return "InMemoryNotificationLedger[lockTimeout=" + lockTimeout + "]";
    }
}
