package dev.danakit.protocol.answers;

import java.util.Map;
import java.util.Objects;

/**
 * One answer, ready to send: the exact body bytes, the HTTP status and the headers besides Content-Type (which is
 * always {@link #CONTENT_TYPE}).
 *
 * @param status the HTTP status
 * @param body the exact bytes to send (not copied: do not modify)
 * @param headers further response headers, e.g. SNAP's {@code X-TIMESTAMP}
 */
public record DanaAnswer(int status, byte[] body, Map<String, String> headers) {

    /** The Content-Type of every answer. */
    public static final String CONTENT_TYPE = "application/json";

    /**
     * Validates the parts.
     */
    public DanaAnswer {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(headers);
    }

    @Override
    public String toString() {
        return "DanaAnswer[" + status + ", " + body.length + " bytes, headers " + headers.keySet() + "]";
    }
}
