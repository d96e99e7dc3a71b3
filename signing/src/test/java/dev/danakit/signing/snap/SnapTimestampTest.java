package dev.danakit.signing.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.danakit.signing.Golden;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapTimestampTest {

    private static final Clock CLOCK = Golden.clockAt(Golden.INSTANT);
    private static final Duration FIVE = SnapTimestamp.DEFAULT_TOLERANCE;

    @Test
    void formatsInJakartaTime() {
        assertEquals(Golden.TIMESTAMP, SnapTimestamp.format(Golden.INSTANT));
        assertEquals(Golden.TIMESTAMP, SnapTimestamp.now(CLOCK));
        assertEquals("2024-12-31T23:59:59+07:00", SnapTimestamp.format(Instant.parse("2024-12-31T16:59:59.999Z")));
        assertEquals(Golden.INSTANT, SnapTimestamp.parse(Golden.TIMESTAMP));
    }

    @Test
    void formatIgnoresTheJvmDefaultZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : new String[] {"America/Los_Angeles", "Pacific/Chatham", "UTC", "Asia/Kathmandu"}) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertEquals(Golden.TIMESTAMP, SnapTimestamp.format(Golden.INSTANT), zone);
                assertEquals(Golden.INSTANT, SnapTimestamp.parse(Golden.TIMESTAMP), zone);
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void exactlyAtTheEdgeIsAccepted() {
        assertEquals(Golden.INSTANT.minus(FIVE), SnapTimestamp.checkWithin(
                SnapTimestamp.format(Golden.INSTANT.minus(FIVE)), CLOCK, FIVE));
        assertEquals(Golden.INSTANT.plus(FIVE), SnapTimestamp.checkWithin(
                SnapTimestamp.format(Golden.INSTANT.plus(FIVE)), CLOCK, FIVE));
    }

    @Test
    void sixMinutesOldIsStaleAndSixAheadIsFuture() {
        assertEquals(Reason.STALE_TIMESTAMP, assertThrows(SignatureVerificationException.class,
                () -> SnapTimestamp.checkWithin(SnapTimestamp.format(Golden.INSTANT.minus(Duration.ofMinutes(6))),
                        CLOCK, FIVE)).reason());
        assertEquals(Reason.FUTURE_TIMESTAMP, assertThrows(SignatureVerificationException.class,
                () -> SnapTimestamp.checkWithin(SnapTimestamp.format(Golden.INSTANT.plus(Duration.ofMinutes(6))),
                        CLOCK, FIVE)).reason());
        assertEquals(Reason.STALE_TIMESTAMP, assertThrows(SignatureVerificationException.class,
                () -> SnapTimestamp.checkWithin(SnapTimestamp.format(Golden.INSTANT.minus(FIVE).minusSeconds(1)),
                        CLOCK, FIVE)).reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2024-03-15T10:20:30+0700", "2024-03-15T10:20:30+08:00", "2024-03-15T10:20:30Z", "2024-03-15 10:20:30+07:00",
        "2024-03-15T10:20:30.000+07:00", "2024-02-30T10:20:30+07:00", "2024-03-15T24:00:00+07:00",
        "2024-3-15T10:20:30+07:00+", "٢٠٢٤-03-15T10:20:30+07:00", "", "20240315102030"
    })
    void parseIsStrict(String bad) {
        SignatureVerificationException e =
                assertThrows(SignatureVerificationException.class, () -> SnapTimestamp.parse(bad));
        assertEquals(Reason.MALFORMED_TIMESTAMP, e.reason());
    }

    @Test
    void negativeToleranceIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class,
                () -> SnapTimestamp.checkWithin(Golden.TIMESTAMP, CLOCK, Duration.ofSeconds(-1)));
    }
}
