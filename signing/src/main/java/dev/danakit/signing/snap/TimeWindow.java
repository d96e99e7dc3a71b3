package dev.danakit.signing.snap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far a received timestamp may be from the receiver's clock, either way: the replay window every
 * verifier applies before it spends an RSA operation on the signature.
 *
 * @param clock the receiver's clock (injectable, so tests can pin now)
 * @param tolerance the allowed distance, non-negative, e.g. {@link SnapTimestamp#DEFAULT_TOLERANCE}
 */
public record TimeWindow(Clock clock, Duration tolerance) {

    /** Validates both parts. */
    public TimeWindow {
        Objects.requireNonNull(clock, "clock");
        SnapTimestamp.requireTolerance(tolerance);
    }

    /**
     * @param timestamp the received timestamp text
     * @param fieldName where it came from, named in the failure
     * @return the parsed instant
     * @throws dev.danakit.signing.SignatureVerificationException if it is malformed or outside the window
     */
    public Instant check(String timestamp, String fieldName) {
        return SnapTimestamp.checkWithin(timestamp, clock, tolerance, fieldName);
    }
}
