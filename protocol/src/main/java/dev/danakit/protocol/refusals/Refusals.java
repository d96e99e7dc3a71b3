package dev.danakit.protocol.refusals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.danakit.protocol.refusals.Refusal.Kind;
import dev.danakit.signing.SignatureVerificationException;
import jakarta.validation.ConstraintViolationException;
import java.io.CharConversionException;

/**
 * Classifies every failure of a request into the {@link Refusal} DANA answers for it: constraint violations name
 * the field, JSON errors never quote the input, client mistakes never become "not processed".
 */
public final class Refusals {

    /** The reason given for a body that is not valid UTF-8. */
    public static final String NOT_UTF8 = "body is not valid UTF-8";
    /** The reason given for a request whose Content-Type is not JSON. */
    public static final String NOT_JSON_CONTENT_TYPE = "Content-Type must be application/json";

    private static final System.Logger LOG = System.getLogger(Refusals.class.getName());

    private Refusals() {
    }

    /**
     * @param failure anything thrown while serving a request
     * @param httpStatus the HTTP status the web layer attached to it (a JAX-RS {@code WebApplicationException}'s),
     *     or 0 when none
     * @param parameters names resource method parameters (headers) in violations
     * @return the refusal it stands for; unknown failures are {@link Kind#NOT_PROCESSED}
     */
    public static Refusal of(Throwable failure, int httpStatus, ParameterNames parameters) {
        if (failure instanceof Refusal refusal) {
            return refusal;
        }
        if (failure instanceof ConstraintViolationException violations) {
            return violations.getConstraintViolations().isEmpty() ? new Refusal(Kind.BAD_REQUEST, null)
                    : FieldViolation.mostRelevant(violations.getConstraintViolations(), parameters).refusal();
        }
        if (failure instanceof SignatureVerificationException signature) {
            return of(signature);
        }
        JsonProcessingException json = cause(failure, JsonProcessingException.class);
        if (json != null) {
            return of(json);
        }
        if (cause(failure, CharConversionException.class) != null) {
            return new Refusal(Kind.BAD_REQUEST, NOT_UTF8);
        }
        if (httpStatus == 405) {
            return new Refusal(Kind.METHOD_NOT_ALLOWED, null);
        }
        if (httpStatus >= 400 && httpStatus < 500) {
            return new Refusal(Kind.BAD_REQUEST, httpStatus == 415 ? NOT_JSON_CONTENT_TYPE : null);
        }
        LOG.log(System.Logger.Level.WARNING, "request failed unexpectedly: " + failure.getClass().getName());
        return new Refusal(Kind.NOT_PROCESSED, null);
    }

    /**
     * @param failure a signature check that failed
     * @return the refusal: a body that cannot be read is a bad request, everything else is unauthorized
     */
    public static Refusal of(SignatureVerificationException failure) {
        return switch (failure.reason()) {
            case BODY_NOT_JSON, MISSING_SIGNED_VALUE -> new Refusal(Kind.BAD_REQUEST, failure.getMessage());
            default -> new Refusal(Kind.UNAUTHORIZED, failure.getMessage());
        };
    }

    /**
     * @param failure what Jackson threw while reading a body
     * @return the refusal: a syntax error or a broken stream limit is a bad request (without quoting the input),
     *     a value of the wrong type names its field
     */
    public static Refusal of(JsonProcessingException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                // Syntax, duplicate keys, stream limits (even when Jackson wraps them with a field path):
                // the message quotes the input, so only the kind of failure is reported.
                return new Refusal(Kind.BAD_REQUEST, SignatureVerificationException.Reason.BODY_NOT_JSON.message(null));
            }
        }
        if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return new Refusal(Kind.INVALID_FIELD_FORMAT, fieldPath(mapping));
        }
        return new Refusal(Kind.BAD_REQUEST, "body is not a JSON object of the expected shape");
    }

    /**
     * @param failure a Jackson mapping failure
     * @return the path of the field it points at, as a refusal names it: {@code additionalInfo.items[2].name}
     *     (empty when the failure has no path)
     */
    public static String fieldPath(JsonMappingException failure) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : failure.getPath()) {
            if (ref.getFieldName() != null) {
                field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
