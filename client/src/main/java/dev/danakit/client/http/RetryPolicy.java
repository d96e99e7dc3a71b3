package dev.danakit.client.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How often and how patiently a call is retried. DANA's rule: after a timeout or an unexpected response,
 * send the same request (same {@code partnerReferenceNo}) again, at most three attempts in all.
 *
 * <p>Pauses use full jitter: the pause after the n-th failed attempt is drawn uniformly from
 * {@code [0, min(maxBackoff, initialBackoff * 2^(n-1))]}, so that many clients retrying after the same outage do not
 * come back in step.
 *
 * @param maxAttempts attempts in all, at least 1
 * @param initialBackoff the ceiling of the pause before the second attempt
 * @param maxBackoff cap on the ceiling; each ceiling doubles the previous one
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

    /** @return 3 attempts, pauses of up to 500 ms then up to 1 s (ceilings capped at 4 s) */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(4));
    }

    /** @return a single attempt, no retry */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /**
     * @param failedAttempt the attempt that just failed, from 1
     * @return the longest pause before the next attempt: {@code min(maxBackoff, initialBackoff * 2^(failedAttempt-1))}
     */
    public Duration ceilingAfter(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        Duration ceiling = initialBackoff;
        for (int i = 1; i < failedAttempt && ceiling.compareTo(maxBackoff) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        return ceiling.compareTo(maxBackoff) > 0 ? maxBackoff : ceiling;
    }

    /**
     * Full jitter.
     *
     * @param failedAttempt the attempt that just failed, from 1
     * @param random the random source (inject a fixed one to pin the pauses in a test)
     * @return a pause drawn uniformly from {@code [0, ceilingAfter(failedAttempt)]}
     */
    public Duration backoffAfter(int failedAttempt, RandomGenerator random) {
        long ceiling = ceilingAfter(failedAttempt).toNanos();
        return ceiling == 0 ? Duration.ZERO : Duration.ofNanos(random.nextLong(ceiling + 1));
    }
}
