package dev.danakit.client.http;

/**
 * How an operation is signed and how its answer is read, from the spec's {@code x-dana-style}.
 */
public enum OperationStyle {
    /** SNAP B2B or B2B2C: asymmetric X-SIGNATURE over the body, SNAP headers, 7-digit responseCode. */
    SNAP,
    /** SNAP access-token request: X-CLIENT-KEY and a signature over {@code clientId|X-TIMESTAMP}. */
    SNAP_TOKEN,
    /** DANA Open API envelope: head filled by the client, signature over the exact {@code request} bytes. */
    OPEN_API,
    /** NICEPAY: merchantToken inside the body, resultCd answers; no SNAP headers. */
    NICEPAY;

    /**
     * @param xDanaStyle the spec's {@code x-dana-style} value
     * @return the style
     * @throws IllegalArgumentException for a value this client does not know
     */
    public static OperationStyle fromSpec(String xDanaStyle) {
        return switch (xDanaStyle == null ? "" : xDanaStyle) {
            case "snap-b2b", "snap-b2b2c" -> SNAP;
            case "snap-token" -> SNAP_TOKEN;
            case "open-api" -> OPEN_API;
            case "nicepay" -> NICEPAY;
            default -> throw new IllegalArgumentException("unknown x-dana-style '" + xDanaStyle + "'");
        };
    }
}
