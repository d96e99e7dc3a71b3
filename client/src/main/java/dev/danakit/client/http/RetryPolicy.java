package dev.danakit.client.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a call is retried. DANA's rule: after a timeout or an unexpected response,
 * send the same request (same {@code partnerReferenceNo}) again, at most three attempts in all.
 *
 * @param maxAttempts attempts in all, at least 1
 * @param initialBackoff pause before the second attempt
 * @param maxBackoff cap on the pause; each pause doubles the previous one
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    /**
     * Validates the values.
     */
    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("backoff must not be negative");
        }
    }

    /** @return 3 attempts, 500 ms then 1 s pauses (capped at 4 s) */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4));
    }

    /** @return a single attempt, no retry */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * @param failedAttempt the attempt that just failed, from 1
     * @return the pause before the next attempt
     */
    public Duration backoffAfter(int failedAttempt) {
        Duration pause = initialBackoff;
        for (int i = 1; i < failedAttempt && pause.compareTo(maxBackoff) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxBackoff) > 0 ? maxBackoff : pause;
    }
}
