package dev.danakit.client.http;

import dev.danakit.client.outcome.TransportError;
import dev.danakit.protocol.codes.ResponseCode;
import dev.danakit.protocol.operations.DanaOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One attempt of one DANA operation, handed explicitly from step to step of the {@link CallPath}: the request is
 * signed, sent, its answer verified and decoded, in that order. Each step records its result here and the next one
 * reads it from here; nothing travels beside the call (no thread-bound slot, no request properties). A step run out of
 * order fails with {@link IllegalStateException}.
 *
 * <p>Not thread-safe: an attempt belongs to the thread that runs it.
 */
public final class Call {

    /** The steps of the call path, in the order they run. */
    public enum Stage {
        /** The operation and the request model are known; nothing is serialised yet. */
        CREATED,
        /** Validated, serialised once, signed: {@link #requestBytes()} are what goes on the wire. */
        SIGNED,
        /** Sent: an answer came ({@link #answered()}) or a transport error did. */
        SENT,
        /** DANA's signature on the answer held (Open API answers only). */
        VERIFIED,
        /** The answer was read once into the response model and its code. */
        DECODED
    }

    private final int attempt;
    private final String externalId;
    private final List<Stage> stages = new ArrayList<>(5);
    private Route route;
    private Object request;
    private Object constrained;
    private Map<String, String> callerHeaders;
    private byte[] requestBytes;
    private Map<String, String> requestHeaders;
    private int status;
    private Map<String, List<String>> responseHeaders;
    private byte[] responseBytes;
    private TransportError transportError;
    private Throwable transportCause;
    private long latencyNanos;
    private Object value;
    private ResponseCode code;

    /**
     * @param attempt this attempt's number, from 1
     * @param externalId its X-EXTERNAL-ID (Open API: reqMsgId)
     */
    public Call(int attempt, String externalId) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        this.attempt = attempt;
        this.externalId = Objects.requireNonNull(externalId, "externalId");
    }

    /** @return this attempt's number, from 1 */
    public int attempt() {
        return attempt;
    }

    /** @return the attempt's X-EXTERNAL-ID (Open API: reqMsgId) */
    public String externalId() {
        return externalId;
    }

    /** @return the steps passed so far, in order */
    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** @return the last step passed, or null before the operation is known */
    public Stage stage() {
        return stages.isEmpty() ? null : stages.get(stages.size() - 1);
    }

    /** @return the operation, from the protocol's operation table, or null before the call reached the path */
    public DanaOperation operation() {
        return route == null ? null : route.operation();
    }

    /** @return the exact bytes signed and sent, or null before signing */
    public byte[] requestBytes() {
        return requestBytes;
    }

    /** @return whether an HTTP answer came (else, once sent, a transport error did) */
    public boolean answered() {
        return responseBytes != null;
    }

    /** @return the HTTP status of the answer, 0 if none */
    public int status() {
        return status;
    }

    /** @return the raw answer as received, or null */
    public byte[] responseBytes() {
        return responseBytes;
    }

    /** @return why no answer came, or null */
    public TransportError transportError() {
        return transportError;
    }

    /** @return the time from sending to the answer or the failure, in nanoseconds */
    public long latencyNanos() {
        return latencyNanos;
    }

    /** @return the answer's model, or null (not decoded, not a success, or unreadable) */
    public Object value() {
        return value;
    }

    /** @return the decoded code, or null before decoding */
    public ResponseCode code() {
        return code;
    }

    Route route() {
        return route;
    }

    Object request() {
        return request;
    }

    Object constrained() {
        return constrained;
    }

    Map<String, String> callerHeaders() {
        return callerHeaders;
    }

    Map<String, String> requestHeaders() {
        return requestHeaders;
    }

    Map<String, List<String>> responseHeaders() {
        return responseHeaders;
    }

    Throwable transportCause() {
        return transportCause;
    }

    void created(Route route, Object request, Object constrained, Map<String, String> callerHeaders) {
        if (!stages.isEmpty()) {
            throw new IllegalStateException("one attempt runs one operation: this one already ran "
                    + route().operation().operationId());
        }
        this.route = Objects.requireNonNull(route, "route");
        this.request = request;
        this.constrained = constrained;
        this.callerHeaders = callerHeaders;
        stages.add(Stage.CREATED);
    }

    /** Takes the signer's headers as they are (no copy): their order is the order they are sent in. */
    void signed(byte[] bytes, Map<String, String> headers) {
        advance(Stage.SIGNED, Stage.CREATED);
        this.requestBytes = Objects.requireNonNull(bytes, "bytes");
        this.requestHeaders = Collections.unmodifiableMap(headers);
    }

    void answered(int status, Map<String, List<String>> headers, byte[] body, long latencyNanos) {
        advance(Stage.SENT, Stage.SIGNED);
        this.status = status;
        this.responseHeaders = headers;
        this.responseBytes = Objects.requireNonNull(body, "body");
        this.latencyNanos = latencyNanos;
    }

    void failed(TransportError error, Throwable cause, long latencyNanos) {
        advance(Stage.SENT, Stage.SIGNED);
        this.transportError = Objects.requireNonNull(error, "error");
        this.transportCause = cause;
        this.latencyNanos = latencyNanos;
    }

    void verified() {
        requireAnswer();
        advance(Stage.VERIFIED, Stage.SENT);
    }

    void decoded(Object value, ResponseCode code) {
        requireAnswer();
        advance(Stage.DECODED, stage() == Stage.VERIFIED ? Stage.VERIFIED : Stage.SENT);
        this.value = value;
        this.code = Objects.requireNonNull(code, "code");
    }

    private void requireAnswer() {
        if (!answered()) {
            throw new IllegalStateException("no answer to verify or decode: " + stage());
        }
    }

    private void advance(Stage next, Stage required) {
        if (stage() != required) {
            throw new IllegalStateException(next + " needs " + required + ", the call is at " + stage());
        }
        stages.add(next);
    }

    @Override
    public String toString() {
        return "Call[" + (route == null ? "-" : route.operation().operationId()) + ", attempt " + attempt + ", "
                + stage() + "]";
    }
}
