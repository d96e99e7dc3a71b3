package dev.danakit.callbacks.error;

import java.util.Objects;

/**
 * A callback that is refused or not processed, answered in the caller's own format by {@link DanaAnswers}.
 *
 * <p>The detail is a field or header NAME, or a fixed reason text, never a received value: it is written
 * into the answer and may be logged. No stack trace is captured, because none is ever shown.
 */
public final class CallbackRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides the status and code of the answer. */
    public enum Kind {
        /** The signature, its timestamp or its headers do not authenticate the request. */
        UNAUTHORIZED,
        /** The request is not a well-formed callback (content type, size, encoding, JSON syntax). */
        BAD_REQUEST,
        /** A field or header has the wrong type, length or pattern. */
        INVALID_FIELD_FORMAT,
        /** A required field or header is missing. */
        INVALID_MANDATORY_FIELD,
        /** The NICEPAY {@code merchantToken} does not match. */
        INVALID_MERCHANT_TOKEN,
        /** The path exists but not for this HTTP method. */
        METHOD_NOT_ALLOWED,
        /** The merchant's handler or the ledger failed: the sender must deliver the notification again. */
        NOT_PROCESSED
    }

    private final Kind kind;
    private final String detail;

    /**
     * @param kind what went wrong
     * @param detail a field/header name or a fixed reason, never a received value; may be {@code null}
     */
    public CallbackRejection(Kind kind, String detail) {
        super(Objects.requireNonNull(kind, "kind") + (detail == null ? "" : ": " + detail), null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    /** @return what went wrong */
    public Kind kind() {
        return kind;
    }

    /** @return the field/header name or reason, or {@code null} */
    public String detail() {
        return detail;
    }
}
