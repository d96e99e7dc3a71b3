package dev.danakit.sandbox;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits, in a test, for what another thread does (a callback delivered, a retry sent): looks every 20 ms, for at
 * most 10 s, then fails the test.
 */
final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private Eventually() {
    }

    /** Returns once {@code condition} holds. */
    static void await(BooleanSupplier condition) {
        first(() -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(),
                "condition not met within 10 s");
    }

    /**
     * @param probe looks for the value
     * @param failure the test's failure message when none comes
     * @return the first value {@code probe} finds
     */
    static <T> T first(Supplier<Optional<T>> probe, String failure) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (Optional<T> found = probe.get(); ; found = probe.get()) {
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(failure);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
