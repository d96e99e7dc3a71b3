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
 * read (error pages, empty or non-JSON bodies), masked and truncated.
 *
 * @param <T> the generated response model
 */
public final class Outcome<T> {

    private final OutcomeKind kind;
    private final T value;
    private final ResponseCode code;
    private final int httpStatus;
    private final String rawBody;
    private final TransportError transportError;
    private final List<String> externalIds;

    private Outcome(OutcomeKind kind, T value, ResponseCode code, int httpStatus, String rawBody,
            TransportError transportError, List<String> externalIds) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = value;
        this.code = Objects.requireNonNull(code, "code");
        this.httpStatus = httpStatus;
        this.rawBody = rawBody;
        this.transportError = transportError;
        this.externalIds = List.copyOf(externalIds);
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
        return new Outcome<>(code.kind(), value, code, httpStatus, rawBody, null, externalIds);
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
        return new Outcome<>(code.kind(), null, code, 0, null, Objects.requireNonNull(error, "error"), externalIds);
    }

    /** @return success, failure or unknown */
    public OutcomeKind kind() {
        return kind;
    }

    /** @return whether DANA said the call succeeded */
    public boolean isSuccess() {
        return kind == OutcomeKind.SUCCESS;
    }

    /** @return the parsed response (also present for Open API and NICEPAY failures, which come as HTTP 200) */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** @return the decoded DANA code (HTTP status, service code, case code, meaning, action) */
    public ResponseCode code() {
        return code;
    }

    /** @return the HTTP status of the last response, or 0 if the last attempt got none */
    public int httpStatus() {
        return httpStatus;
    }

    /** @return the masked, truncated body of the last response when it could not be decoded */
    public Optional<String> rawBody() {
        return Optional.ofNullable(rawBody);
    }

    /** @return why the last attempt got no response, if it got none */
    public Optional<TransportError> transportError() {
        return Optional.ofNullable(transportError);
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

    /** @return the X-EXTERNAL-ID (Open API: reqMsgId) of every attempt, in order */
    public List<String> externalIds() {
        return externalIds;
    }

    /**
     * @return the value of a successful call
     * @throws DanaCallException carrying this outcome otherwise
     */
    public T orThrow() {
        if (kind != OutcomeKind.SUCCESS) {
            throw new DanaCallException(this);
        }
        return value;
    }

    @Override
    public String toString() {
        return "Outcome[" + kind + ", " + code + (httpStatus == 0 ? "" : ", http=" + httpStatus)
                + (transportError == null ? "" : ", transport=" + transportError) + ", attempts=" + attempts() + "]";
    }
}
