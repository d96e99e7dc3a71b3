package dev.danakit.signing.snap;

/**
 * Names of the SNAP headers that carry or feed signatures.
 */
public final class SnapHeaders {

    /** Request time, {@code yyyy-MM-dd'T'HH:mm:ss+07:00}. */
    public static final String X_TIMESTAMP = "X-TIMESTAMP";
    /** Base64 signature (asymmetric, symmetric or access-token). */
    public static final String X_SIGNATURE = "X-SIGNATURE";
    /** Client id, sent with access-token requests. */
    public static final String X_CLIENT_KEY = "X-CLIENT-KEY";
    /** Client id, sent with every transactional call. */
    public static final String X_PARTNER_ID = "X-PARTNER-ID";
    /** Unique-per-day request id. */
    public static final String X_EXTERNAL_ID = "X-EXTERNAL-ID";
    /** Channel id. */
    public static final String CHANNEL_ID = "CHANNEL-ID";

    private SnapHeaders() {
    }
}
