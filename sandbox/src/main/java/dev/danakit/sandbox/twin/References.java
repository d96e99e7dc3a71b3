package dev.danakit.sandbox.twin;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What DANA keeps under two references, as it keeps orders and transfers: the merchant's own, unique only within
 * its owner (the merchant, or the merchant and a kind), and the reference number DANA gives it, unique in the sandbox.
 *
 * @param <T> what is kept
 */
final class References<T> {

    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentMap<String, T> byPartnerReference = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, T> byReference = new ConcurrentHashMap<>();

    /** @return a new DANA-like reference number: the day, a sequence number, {@code SBX} */
    String next(Instant now) {
        return String.format("%tY%<tm%<td%015d", Date.from(now), sequence.incrementAndGet()) + "SBX";
    }

    /**
     * Keeps {@code value} under both references, in place of what was kept under them.
     *
     * @param owner whose reference {@code partnerReferenceNo} is
     * @param partnerReferenceNo the merchant's reference
     * @param referenceNo DANA's reference
     * @param value what is kept
     */
    void put(String owner, String partnerReferenceNo, String referenceNo, T value) {
        byPartnerReference.put(owner + '\n' + partnerReferenceNo, value);
        byReference.put(referenceNo, value);
    }

    /**
     * @param owner whose reference {@code partnerReferenceNo} is
     * @param partnerReferenceNo the merchant's reference, or {@code null}
     * @param referenceNo DANA's reference, or {@code null}
     * @return what is kept under the merchant's reference when it is given, else under DANA's (of any owner: the
     *     caller checks it is the asker's)
     */
    Optional<T> find(String owner, String partnerReferenceNo, String referenceNo) {
        T kept = partnerReferenceNo != null ? byPartnerReference.get(owner + '\n' + partnerReferenceNo)
                : referenceNo != null ? byReference.get(referenceNo) : null;
        return Optional.ofNullable(kept);
    }
}
