package dev.danakit.callbacks.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link NotificationLedger} must have; run against each implementation. */
abstract class NotificationLedgerContract {

    /** @return a ledger with the given lock timeout */
    abstract NotificationLedger ledger(Duration lockTimeout);

    private NotificationLedger ledger() {
        return ledger(Duration.ofSeconds(5));
    }

    private static NotificationId fresh() {
        return NotificationId.of("test.kind", UUID.randomUUID().toString(), "S");
    }

    /** @return whether a new claim of the notification finds it processed; the claim is closed at once */
    private static boolean claimFindsProcessed(NotificationLedger ledger, NotificationId id) {
        try (LedgerClaim claim = ledger.claim(id)) {
            return claim.alreadyProcessed();
        }
    }

    @Test
    void firstClaimProcessesAndRecordsTheOutcome() {
        NotificationLedger ledger = ledger();
        NotificationId id = fresh();
        try (LedgerClaim claim = ledger.claim(id)) {
            assertFalse(claim.alreadyProcessed());
            assertEquals(Optional.empty(), ledger.outcome(id));
            claim.recordProcessed("2005600 Successful");
        }
        assertEquals(Optional.of("2005600 Successful"), ledger.outcome(id));
        assertTrue(claimFindsProcessed(ledger, id));
    }

    @Test
    void aClaimClosedWithoutRecordingLeavesNothingAndCanBeClaimedAgain() {
        NotificationLedger ledger = ledger();
        NotificationId id = fresh();
        assertFalse(claimFindsProcessed(ledger, id));
        assertEquals(Optional.empty(), ledger.outcome(id));
        assertFalse(claimFindsProcessed(ledger, id));
    }

    @Test
    void identitiesDifferingInAnyPartAreDifferentNotifications() {
        NotificationLedger ledger = ledger();
        String ref = UUID.randomUUID().toString();
        NotificationId paid = NotificationId.of("test.kind", ref, "a|b", "SUCCESS");
        try (LedgerClaim claim = ledger.claim(paid)) {
            claim.recordProcessed("done");
        }
        for (NotificationId other : List.of(NotificationId.of("test.kind", ref, "a|b", "CLOSED"),
                NotificationId.of("test.kind", ref, "a", "b|SUCCESS"), NotificationId.of("other.kind", ref, "a|b",
                        "SUCCESS"))) {
            assertFalse(claimFindsProcessed(ledger, other), other.toString());
        }
    }

    @Test
    void concurrentClaimsOfOneNotificationProcessItOnce() throws Exception {
        NotificationLedger ledger = ledger();
        NotificationId id = fresh();
        AtomicInteger processed = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            done.add(pool.submit(() -> {
                go.await();
                try (LedgerClaim claim = ledger.claim(id)) {
                    if (claim.alreadyProcessed()) {
                        skipped.incrementAndGet();
                    } else {
                        processed.incrementAndGet();
                        Thread.sleep(20); // the handler takes a while: the others must wait, not run it
                        claim.recordProcessed("ok");
                    }
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(1, processed.get());
        assertEquals(31, skipped.get());
    }

    @Test
    void aDeliveryWaitingLongerThanTheLockTimeoutIsTurnedAwayNotRunTwice() throws Exception {
        NotificationLedger ledger = ledger(Duration.ofMillis(200));
        NotificationId id = fresh();
        try (LedgerClaim holder = ledger.claim(id)) {
            assertFalse(holder.alreadyProcessed());
            ExecutorService other = Executors.newSingleThreadExecutor();
            Future<LedgerUnavailableException> waiter = other.submit(
                    () -> assertThrows(LedgerUnavailableException.class, () -> ledger.claim(id).close()));
            assertEquals("notification is being processed by another delivery",
                    waiter.get(30, TimeUnit.SECONDS).getMessage());
            other.shutdown();
            holder.recordProcessed("ok");
        }
        assertEquals(Optional.of("ok"), ledger.outcome(id));
    }
}
