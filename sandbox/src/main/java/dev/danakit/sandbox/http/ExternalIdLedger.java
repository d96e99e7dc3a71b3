package dev.danakit.sandbox.http;

import dev.danakit.signing.snap.SnapTimestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Remembers each partner's X-EXTERNAL-ID for the current Jakarta day, as DANA does. */
public final class ExternalIdLedger {

    private final Clock clock;
    private final ConcurrentMap<String, LocalDate> seen = new ConcurrentHashMap<>();
    private volatile LocalDate lastPurge = LocalDate.MIN;

    public ExternalIdLedger(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param partnerId the partner (X-PARTNER-ID)
     * @param externalId the X-EXTERNAL-ID
     * @return true if the partner has not used this id today; records it either way
     */
    public boolean firstUseToday(String partnerId, String externalId) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SnapTimestamp.JAKARTA);
        if (!today.equals(lastPurge)) {
            lastPurge = today;
            seen.values().removeIf(day -> day.isBefore(today));
        }
        LocalDate previous = seen.put(partnerId + '\n' + externalId, today);
        return previous == null || previous.isBefore(today);
    }
}
