package dev.danakit.sandbox.qris;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The payment codes customers show in the DANA app (QRIS CPM), each with the customer's balance and an expiry.
 * Three standing codes make every outcome reachable without setup; more are issued through
 * {@code POST /sandbox/qris/customer-codes}. Any other code is not a customer's code (invalid QR).
 */
public final class CustomerCodes {

    /** A customer with ten million IDR whose code never expires (the spec's example). */
    public static final String STANDING_OK = "281011000000000001";
    /** A code that expired. */
    public static final String STANDING_EXPIRED = "281011000000000002";
    /** A customer with an empty balance. */
    public static final String STANDING_EMPTY = "281011000000000003";

    /** What charging a code did. */
    public enum Charge { PAID, INVALID, EXPIRED, INSUFFICIENT }

    private static final class Code {
        private BigDecimal balance;
        private final Instant expiresAt;

        Code(BigDecimal balance, Instant expiresAt) {
            this.balance = balance;
            this.expiresAt = expiresAt;
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Code> codes = new ConcurrentHashMap<>();

    public CustomerCodes(Clock clock) {
        this.clock = clock;
        codes.put(STANDING_OK, new Code(new BigDecimal("10000000.00"), Instant.MAX));
        codes.put(STANDING_EXPIRED, new Code(new BigDecimal("10000000.00"), Instant.EPOCH));
        codes.put(STANDING_EMPTY, new Code(BigDecimal.ZERO, Instant.MAX));
    }

    /**
     * @param balance the customer's balance
     * @param validity how long the code can be charged
     * @return a new code, 18 digits as DANA's app shows them
     */
    public String issue(BigDecimal balance, Duration validity) {
        String code;
        do {
            code = "2810" + String.format("%014d", Math.floorMod(random.nextLong(), 100_000_000_000_000L));
        } while (codes.putIfAbsent(code, new Code(balance, clock.instant().plus(validity))) != null);
        return code;
    }

    /**
     * @param qrContent the scanned code
     * @param amount what the merchant charges
     * @return the outcome; only {@link Charge#PAID} takes money from the balance
     */
    public Charge charge(String qrContent, BigDecimal amount) {
        Code code = qrContent == null ? null : codes.get(qrContent);
        if (code == null) {
            return Charge.INVALID;
        }
        synchronized (code) {
            if (!clock.instant().isBefore(code.expiresAt)) {
                return Charge.EXPIRED;
            }
            if (code.balance.compareTo(amount) < 0) {
                return Charge.INSUFFICIENT;
            }
            code.balance = code.balance.subtract(amount);
            return Charge.PAID;
        }
    }

    /**
     * @param qrContent a code
     * @return the customer's balance behind it, or {@code null} for an unknown code
     */
    public BigDecimal balance(String qrContent) {
        Code code = codes.get(qrContent);
        if (code == null) {
            return null;
        }
        synchronized (code) {
            return code.balance;
        }
    }
}
