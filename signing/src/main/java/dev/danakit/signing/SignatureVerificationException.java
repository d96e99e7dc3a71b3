package dev.danakit.signing;

import java.util.Objects;

/**
 * Thrown when a received request, callback or envelope fails signature verification.
 *
 * <p>Each {@link Reason} carries one stable message so callers (and their logs and metrics) can rely on
 * it. The optional subject names the header or field concerned, such as {@code X-TIMESTAMP}; it is never
 * a received value, a signature, a key or a secret, because these messages end up in logs and HTTP
 * error responses. For the same reason no cause is ever attached: parser exceptions quote the input.
 */
public final class SignatureVerificationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why verification failed. The message of each reason is part of the API and does not change. */
    public enum Reason {
        /** A required header is absent or blank. */
        MISSING_HEADER("%s header is missing or blank", "required"),
        /** A timestamp does not have the exact shape {@code yyyy-MM-dd'T'HH:mm:ss+07:00}. */
        MALFORMED_TIMESTAMP("%s is not in the form yyyy-MM-ddTHH:mm:ss+07:00", "timestamp"),
        /** A timestamp is older than the tolerance window allows. */
        STALE_TIMESTAMP("%s is older than the tolerance window", "timestamp"),
        /** A timestamp is further in the future than the tolerance window allows. */
        FUTURE_TIMESTAMP("%s is further ahead than the tolerance window", "timestamp"),
        /** The signature is not valid base64. */
        MALFORMED_SIGNATURE("%s is not valid base64", "signature"),
        /** The signature is well-formed but does not match the signed content. */
        BAD_SIGNATURE("%s does not match the signed content", "signature"),
        /** The body is not well-formed JSON (or exceeds the parser's limits), or the caller's parser rejected it. */
        BODY_NOT_JSON("%s is not well-formed JSON", "body"),
        /** An Open API envelope has no object under the signed member ({@code request}/{@code response}). */
        MISSING_SIGNED_VALUE("envelope has no %s object", "signed"),
        /** An Open API envelope has no top-level {@code signature} string. */
        MISSING_SIGNATURE("envelope has no %s string", "signature"),
        /** An Open API envelope's head has no {@code reqTime}/{@code respTime}. */
        MISSING_TIMESTAMP("envelope head has no %s", "timestamp");

        private final String template;
        private final String defaultSubject;

        Reason(String template, String defaultSubject) {
            this.template = template;
            this.defaultSubject = defaultSubject;
        }

        /**
         * The stable message for this reason.
         *
         * @param subject the header or field name, or {@code null} for the generic wording
         * @return the message
         */
        public String message(String subject) {
            return String.format(template, subject == null ? defaultSubject : subject);
        }
    }

    private final Reason reason;
    private final String subject;

    /**
     * Creates an exception with the generic message of {@code reason}.
     *
     * @param reason why verification failed
     */
    public SignatureVerificationException(Reason reason) {
        this(reason, null);
    }

    /**
     * Creates an exception naming the header or field concerned.
     *
     * @param reason why verification failed
     * @param subject a header or field NAME such as {@code X-SIGNATURE}; never a value
     */
    public SignatureVerificationException(Reason reason, String subject) {
        // No cause and no stack-trace suppression games: the message alone is safe to log.
        super(Objects.requireNonNull(reason, "reason").message(subject));
        this.reason = reason;
        this.subject = subject;
    }

    /** @return why verification failed */
    public Reason reason() {
        return reason;
    }

    /** @return the header or field name concerned, or {@code null} */
    public String subject() {
        return subject;
    }
}
