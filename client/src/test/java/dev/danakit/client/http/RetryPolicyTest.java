package dev.danakit.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Full jitter: each pause is drawn from [0, min(cap, base * 2^(n-1))], with the random source injected. */
class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(4));

    /** Answers every bounded draw with the same position in the range: 0 = lowest, 1 = highest. */
    private static RandomGenerator pinned(double position, List<Long> bounds) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new AssertionError("only bounded draws are expected");
            }

            @Override
            public long nextLong(long bound) {
                bounds.add(bound);
                return Math.min(bound - 1, (long) (position * bound));
            }
        };
    }

    @Test
    void ceilingsDoubleUpToTheCap() {
        assertEquals(Duration.ofMillis(500), policy.ceilingAfter(1));
        assertEquals(Duration.ofSeconds(1), policy.ceilingAfter(2));
        assertEquals(Duration.ofSeconds(2), policy.ceilingAfter(3));
        assertEquals(Duration.ofSeconds(4), policy.ceilingAfter(4));
        assertEquals(Duration.ofSeconds(4), policy.ceilingAfter(5));
        assertThrows(IllegalArgumentException.class, () -> policy.ceilingAfter(0));
    }

    @Test
    void aPinnedSourceGivesExactPauses() {
        List<Long> bounds = new ArrayList<>();
        assertEquals(Duration.ZERO, policy.backoffAfter(1, pinned(0, bounds)));
        assertEquals(Duration.ofSeconds(1), policy.backoffAfter(2, pinned(1, bounds)), "the ceiling itself");
        assertEquals(Duration.ofSeconds(1), policy.backoffAfter(3, pinned(0.5, bounds)));
        assertEquals(Duration.ofSeconds(4), policy.backoffAfter(5, pinned(1, bounds)), "capped");
        assertEquals(List.of(Duration.ofMillis(500).toNanos() + 1, Duration.ofSeconds(1).toNanos() + 1,
                Duration.ofSeconds(2).toNanos() + 1, Duration.ofSeconds(4).toNanos() + 1), bounds,
                "each draw covers [0, ceiling], both ends included");
    }

    @Test
    void pausesSpreadOverTheWholeRange() {
        Random random = new Random(42);
        long ceiling = policy.ceilingAfter(3).toNanos();
        long lowest = Long.MAX_VALUE;
        long highest = 0;
        for (int i = 0; i < 2000; i++) {
            long pause = policy.backoffAfter(3, random).toNanos();
            assertTrue(pause >= 0 && pause <= ceiling, "inside [0, ceiling]: " + pause);
            lowest = Math.min(lowest, pause);
            highest = Math.max(highest, pause);
        }
        assertTrue(lowest < ceiling / 20, "some pauses near zero: " + lowest);
        assertTrue(highest > ceiling - ceiling / 20, "some pauses near the ceiling: " + highest);
    }

    @Test
    void noBackoffMeansNoPauseAndNoDraw() {
        List<Long> bounds = new ArrayList<>();
        assertEquals(Duration.ZERO, RetryPolicy.none().backoffAfter(1, pinned(1, bounds)));
        assertTrue(bounds.isEmpty());
    }
}
