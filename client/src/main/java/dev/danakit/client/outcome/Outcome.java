package dev.danakit.client.outcome;

import dev.danakit.protocol.codes.NextAction;
import dev.danakit.protocol.codes.OutcomeKind;
import dev.danakit.protocol.codes.ResponseCode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed result of one logical call (all its attempts): success, failure or unknown, with the decoded
 * DANA code and what to do next. Never carries secrets: the raw body is kept only when no value could be
 * read (error pages, empty or non-JSON bodies), masked and truncated. Made by {@link #ofResponse} or
 * {@link #ofTransportError}.
 *
 * @param value the parsed response (also present for Open API and NICEPAY failures, which come as HTTP 200)
 * @param code the decoded DANA code (HTTP status, service code, case code, meaning, action); its kind is the
 *     outcome's kind
 * @param httpStatus the HTTP status of the last response, or 0 if the last attempt got none
 * @param rawBody the masked, truncated body of the last response when it could not be decoded
 * @param transportError why the last attempt got no response, if it got none
 * @param externalIds the X-EXTERNAL-ID (Open API: reqMsgId) of every attempt, in order
 * @param <T> the generated response model
 */
public record Outcome<T>(Optional<T> value, ResponseCode code, int httpStatus, Optional<String> rawBody,
        Optional<TransportError> transportError, List<String> externalIds) {

    /** Checks the components and copies the ids. */
    public Outcome {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rawBody, "rawBody");
        Objects.requireNonNull(transportError, "transportError");
        externalIds = List.copyOf(externalIds);
    }

    /**
     * An outcome decided by a response.
     *
     * @param value the parsed response model, or null if none could be read
     * @param code the decoded code; its kind is the outcome's kind
     * @param httpStatus the HTTP status received
     * @param rawBody masked, truncated body when no value could be read, else null
     * @param externalIds the X-EXTERNAL-ID (or reqMsgId) of every attempt, in order
     * @param <T> the model type
     * @return the outcome
     */
    public static <T> Outcome<T> ofResponse(T value, ResponseCode code, int httpStatus, String rawBody,
            List<String> externalIds) {
        return new Outcome<>(Optional.ofNullable(value), code, httpStatus, Optional.ofNullable(rawBody),
                Optional.empty(), externalIds);
    }

    /**
     * An outcome decided by a transport failure (no response).
     *
     * @param error what went wrong
     * @param code the code standing for it
     * @param externalIds the ids of every attempt
     * @param <T> the model type
     * @return the outcome
     */
    public static <T> Outcome<T> ofTransportError(TransportError error, ResponseCode code, List<String> externalIds) {
        return new Outcome<>(Optional.empty(), code, 0, Optional.empty(),
                Optional.of(Objects.requireNonNull(error, "error")), externalIds);
    }

    /** @return success, failure or unknown: the kind of the code */
    public OutcomeKind kind() {
        return code.kind();
    }

    /** @return whether DANA said the call succeeded */
    public boolean isSuccess() {
        return kind() == OutcomeKind.SUCCESS;
    }

    /** @return what to do next */
    public NextAction action() {
        return code.action();
    }

    /** @return whether sending the same request again (same partnerReferenceNo) is safe */
    public boolean retrySafe() {
        return code.retrySafe();
    }

    /** @return how many attempts were made */
    public int attempts() {
        return externalIds.size();
    }

    /**
     * @return the value of a successful call
     * @throws DanaCallException carrying this outcome otherwise
     */
    public T orThrow() {
        if (!isSuccess()) {
            throw new DanaCallException(this);
        }
        return value.orElse(null);
    }

    @Override
    public String toString() {
        return "Outcome[" + kind() + ", " + code + (httpStatus == 0 ? "" : ", http=" + httpStatus)
                + transportError.map(error -> ", transport=" + error).orElse("") + ", attempts=" + attempts() + "]";
    }
}
