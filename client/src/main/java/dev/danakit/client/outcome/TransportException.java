package dev.danakit.client.outcome;

import java.util.Objects;

/**
 * An attempt got no answer: the connection could not be opened, timed out or broke. {@code call(...)} turns it
 * into an {@link Outcome} (and retries as DANA asks); the bare generated API throws it as is.
 */
public final class TransportException extends DanaClientException {

    private static final long serialVersionUID = 1L;

    private final TransportError error;

    /**
     * @param operation the operation id
     * @param error what went wrong
     * @param cause the I/O failure
     */
    public TransportException(String operation, TransportError error, Throwable cause) {
        super(operation + ": no answer (" + error + ")", cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    /** @return what went wrong */
    public TransportError error() {
        return error;
    }
}
