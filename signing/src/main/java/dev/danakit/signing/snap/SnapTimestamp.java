package dev.danakit.signing.snap;

import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * SNAP and Open API timestamps: {@code yyyy-MM-dd'T'HH:mm:ss+07:00} in Jakarta time (WIB), whatever the
 * JVM's default time zone.
 *
 * <p>WIB is a fixed UTC+7 without daylight saving, and the wire format hard-codes {@code +07:00}, so a
 * fixed offset is used rather than a zone lookup: the output can never carry another offset.
 */
public final class SnapTimestamp {

    /** How far a received timestamp may be from now, in either direction, by default. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    /** Jakarta's offset, the only one the format allows. */
    public static final ZoneOffset JAKARTA = ZoneOffset.ofHours(7);

    private static final String SUFFIX = "+07:00";
    private static final int LENGTH = 25;

    private SnapTimestamp() {
    }

    /**
     * @param clock the clock to read
     * @return the current time of {@code clock}, formatted
     */
    public static String now(Clock clock) {
        return format(Objects.requireNonNull(clock, "clock").instant());
    }

    /**
     * Formats an instant in Jakarta time; sub-second precision is dropped (truncated).
     *
     * @param instant the instant
     * @return e.g. {@code 2024-03-15T10:20:30+07:00}
     */
    public static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, JAKARTA);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("instant is outside the years 0000-9999");
        }
        StringBuilder sb = new StringBuilder(LENGTH);
        pad(sb, year, 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        pad(sb, t.getDayOfMonth(), 2).append('T');
        pad(sb, t.getHour(), 2).append(':');
        pad(sb, t.getMinute(), 2).append(':');
        pad(sb, t.getSecond(), 2).append(SUFFIX);
        return sb.toString();
    }

    /**
     * Parses strictly: exactly {@code yyyy-MM-dd'T'HH:mm:ss+07:00}, a real calendar date and time.
     *
     * @param timestamp the received value
     * @return the instant
     * @throws SignatureVerificationException {@link Reason#MALFORMED_TIMESTAMP} otherwise
     */
    public static Instant parse(String timestamp) {
        return parse(timestamp, SnapHeaders.X_TIMESTAMP);
    }

    /**
     * Like {@link #parse(String)}, naming another field in the exception message.
     *
     * @param timestamp the received value
     * @param fieldName the header or field name for the message, e.g. {@code reqTime}
     * @return the instant
     */
    public static Instant parse(String timestamp, String fieldName) {
        if (timestamp == null || timestamp.length() != LENGTH || !timestamp.endsWith(SUFFIX)
                || timestamp.charAt(4) != '-' || timestamp.charAt(7) != '-' || timestamp.charAt(10) != 'T'
                || timestamp.charAt(13) != ':' || timestamp.charAt(16) != ':') {
            throw new SignatureVerificationException(Reason.MALFORMED_TIMESTAMP, fieldName);
        }
        try {
            LocalDate date = LocalDate.of(digits(timestamp, 0, 4, fieldName), digits(timestamp, 5, 2, fieldName),
                    digits(timestamp, 8, 2, fieldName));
            LocalTime time = LocalTime.of(digits(timestamp, 11, 2, fieldName), digits(timestamp, 14, 2, fieldName),
                    digits(timestamp, 17, 2, fieldName));
            return LocalDateTime.of(date, time).toInstant(JAKARTA);
        } catch (DateTimeException e) {
            // e.g. 2024-02-30 or 24:00:00: right shape, not a real moment.
            throw new SignatureVerificationException(Reason.MALFORMED_TIMESTAMP, fieldName);
        }
    }

    /**
     * Checks that a received timestamp is within {@code tolerance} of {@code clock}'s time, either way.
     * A timestamp exactly {@code tolerance} away is accepted. Now is truncated to whole seconds because
     * the timestamp cannot express fractions.
     *
     * @param timestamp the received {@code X-TIMESTAMP}
     * @param clock the verifier's clock
     * @param tolerance the allowed distance, non-negative
     * @return the parsed instant
     * @throws SignatureVerificationException MALFORMED_TIMESTAMP, STALE_TIMESTAMP or FUTURE_TIMESTAMP
     */
    public static Instant checkWithin(String timestamp, Clock clock, Duration tolerance) {
        return checkWithin(timestamp, clock, tolerance, SnapHeaders.X_TIMESTAMP);
    }

    /**
     * Like {@link #checkWithin(String, Clock, Duration)}, naming another field in exception messages.
     *
     * @param timestamp the received value
     * @param clock the verifier's clock
     * @param tolerance the allowed distance, non-negative
     * @param fieldName the header or field name for messages, e.g. {@code reqTime}
     * @return the parsed instant
     */
    public static Instant checkWithin(String timestamp, Clock clock, Duration tolerance, String fieldName) {
        Objects.requireNonNull(clock, "clock");
        requireTolerance(tolerance);
        Instant sent = parse(timestamp, fieldName);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (sent.isBefore(now.minus(tolerance))) {
            throw new SignatureVerificationException(Reason.STALE_TIMESTAMP, fieldName);
        }
        if (sent.isAfter(now.plus(tolerance))) {
            throw new SignatureVerificationException(Reason.FUTURE_TIMESTAMP, fieldName);
        }
        return sent;
    }

    /**
     * Validates a tolerance argument.
     *
     * @param tolerance the tolerance
     * @return the same tolerance
     */
    public static Duration requireTolerance(Duration tolerance) {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
        return tolerance;
    }

    private static int digits(String s, int from, int count, String fieldName) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            // Only ASCII digits: Character.isDigit would accept Arabic-Indic and other digit sets.
            if (c < '0' || c > '9') {
                throw new SignatureVerificationException(Reason.MALFORMED_TIMESTAMP, fieldName);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
