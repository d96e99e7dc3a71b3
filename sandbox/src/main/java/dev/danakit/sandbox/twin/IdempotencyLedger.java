package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.sandbox.http.DanaCall;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * DANA's idempotency on {@code partnerReferenceNo}: a retry with the same content gets the first answer
 * again (nothing happens twice), a different request with the same reference gets {@code 404xx18
 * Inconsistent Request}. Only successful answers are remembered, so a corrected request can follow a refusal.
 */
public final class IdempotencyLedger {

    /** Work that may fail with any exception (the handlers' refusals pass through unchanged). */
    @FunctionalInterface
    public interface Work {
        Object run() throws Throwable;
    }

    private record Entry(JsonNode request, Object answer) {
    }

    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();

    /**
     * @param call the call
     * @param partnerReferenceNo its reference
     * @param request the parsed request (compared by content, not by bytes)
     * @param work what the first request does
     * @return the first answer for this reference
     * @throws Throwable what {@code work} throws
     */
    public Object replayOrRun(DanaCall call, String partnerReferenceNo, JsonNode request, Work work) throws Throwable {
        String key = call.clientId() + '\n' + call.operation().path() + '\n' + partnerReferenceNo;
        Entry previous = entries.get(key);
        if (previous == null) {
            // one reference is worked on at a time, so two concurrent retries cannot both create an order
            synchronized (key.intern()) {
                previous = entries.get(key);
                if (previous == null) {
                    Object answer = work.run();
                    entries.put(key, new Entry(request, answer));
                    return answer;
                }
            }
        }
        if (!previous.request().equals(request)) {
            throw Refusal.snap(404, "18", "Inconsistent Request");
        }
        return previous.answer();
    }
}
