package dev.danakit.client;

/**
 * Per-call options: a pinned X-EXTERNAL-ID and whether the call is idempotent. Immutable.
 *
 * @param externalId X-EXTERNAL-ID (Open API: reqMsgId) for every attempt, e.g. to replay a call exactly;
 *     null for a fresh unique id per attempt
 * @param idempotent whether the call may be retried after a definite failure whose code says retry (e.g.
 *     429); timeouts and 5xx are retried either way, with the same partnerReferenceNo, as DANA asks
 */
public record CallOptions(String externalId, boolean idempotent) {

    private static final int MAX_EXTERNAL_ID = 36;

    /**
     * Checks the external id.
     */
    public CallOptions {
        if (externalId != null && (externalId.isBlank() || externalId.length() > MAX_EXTERNAL_ID)) {
            throw new IllegalArgumentException("externalId must have 1 to 36 characters");
        }
    }

    /** @return fresh external ids, not idempotent */
    public static CallOptions defaults() {
        return new CallOptions(null, false);
    }

    /**
     * @param externalId the X-EXTERNAL-ID to send on every attempt
     * @return these options with the id pinned
     */
    public CallOptions withExternalId(String externalId) {
        return new CallOptions(externalId, idempotent);
    }

    /** @return these options marked idempotent (queries, or calls DANA deduplicates) */
    public CallOptions asIdempotent() {
        return new CallOptions(externalId, true);
    }
}
