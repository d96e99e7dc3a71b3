package dev.danakit.protocol.refusals;

import dev.danakit.protocol.operations.AnswerFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A request that is refused or not processed, answered in the format of the operation it was sent to by
 * {@code dev.danakit.protocol.answers.DanaAnswers}.
 *
 * <p>Most refusals are a {@link Kind} plus a detail, and each format has its code for each kind. A refusal can
 * also carry DANA's own code for a business case ({@link #snap}, {@link #openApi}, {@link #nicepay}).
 *
 * <p>The detail is a field or header NAME, or a fixed reason text, never a received value: it is written into
 * the answer and may be logged. No stack trace is captured, because none is ever shown.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, which decides the status and code of the answer. */
    public enum Kind {
        /** The signature, its timestamp or its headers do not authenticate the request. */
        UNAUTHORIZED,
        /** The request is not a well-formed call (content type, size, encoding, JSON syntax). */
        BAD_REQUEST,
        /** A field or header has the wrong type, length or pattern. */
        INVALID_FIELD_FORMAT,
        /** A required field or header is missing. */
        INVALID_MANDATORY_FIELD,
        /** The NICEPAY {@code merchantToken} does not match. */
        INVALID_MERCHANT_TOKEN,
        /** The path exists but not for this HTTP method. */
        METHOD_NOT_ALLOWED,
        /** The request could not be processed (a handler or store failed): the sender may send it again. */
        NOT_PROCESSED,
        /** A business refusal with DANA's own code, see {@link #code()}. */
        CODED
    }

    /**
     * DANA's own code for a business refusal, in one format.
     *
     * @param format the format the code belongs to
     * @param httpStatus the HTTP status (SNAP: the first three digits of the code)
     * @param code the SNAP case code (two digits), the Open API resultCode or the NICEPAY resultCd
     * @param resultCodeId the Open API resultCodeId, else {@code null}
     */
    public record Code(AnswerFormat format, int httpStatus, String code, String resultCodeId) {
    }

    private final Kind kind;
    private final String detail;
    private final transient Code code;

    /**
     * @param kind what went wrong
     * @param detail a field/header name or a fixed reason, never a received value; may be {@code null}
     */
    public Refusal(Kind kind, String detail) {
        this(kind, detail, null);
    }

    private Refusal(Kind kind, String detail, Code code) {
        super(Objects.requireNonNull(kind, "kind") + (detail == null ? "" : ": " + detail), null, false, false);
        if (kind == Kind.CODED && code == null) {
            throw new IllegalArgumentException("a CODED refusal needs a code");
        }
        this.kind = kind;
        this.detail = detail;
        this.code = code;
    }

    /**
     * @param httpStatus HTTP status, e.g. 401
     * @param caseCode two-digit case code, e.g. {@code 04}
     * @param message DANA's response message, e.g. {@code Customer Token Not Found}
     * @return a SNAP refusal, answered {@code <httpStatus><service code><caseCode>}
     */
    public static Refusal snap(int httpStatus, String caseCode, String message) {
        return new Refusal(Kind.CODED, message, new Code(AnswerFormat.SNAP, httpStatus, caseCode, null));
    }

    /**
     * @param resultCodeId e.g. {@code 12158006901}
     * @param resultCode e.g. {@code MERCHANT_NOT_EXIST}
     * @param message e.g. {@code Merchant not exist}
     * @return an Open API refusal (status F, HTTP 200)
     */
    public static Refusal openApi(String resultCodeId, String resultCode, String message) {
        return new Refusal(Kind.CODED, message, new Code(AnswerFormat.OPEN_API, 200, resultCode, resultCodeId));
    }

    /**
     * @param resultCd NICEPAY's four-digit code, e.g. {@code 9001}
     * @param message NICEPAY's resultMsg, e.g. {@code Invalid merchantToken}
     * @return a NICEPAY refusal (HTTP 400)
     */
    public static Refusal nicepay(String resultCd, String message) {
        return new Refusal(Kind.CODED, message, new Code(AnswerFormat.NICEPAY, 400, resultCd, null));
    }

    /** @return what went wrong */
    public Kind kind() {
        return kind;
    }

    /** @return the field/header name or reason (for {@link Kind#CODED}: the message), or {@code null} */
    public String detail() {
        return detail;
    }

    /** @return DANA's own code of a {@link Kind#CODED} refusal */
    public Optional<Code> code() {
        return Optional.ofNullable(code);
    }
}
