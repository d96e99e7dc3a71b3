package dev.danakit.client.outcome;

/**
 * Why an attempt got no HTTP response.
 */
public enum TransportError {
    /** The connection could not be opened: the request never left, DANA did nothing. */
    CONNECT_FAILED(false),
    /** No response within the read timeout: DANA may or may not have processed the request. */
    TIMEOUT(true),
    /** The connection broke after the request was (possibly) sent. */
    CONNECTION_RESET(true),
    /** Any other I/O failure while exchanging. */
    IO_ERROR(true);

    private final boolean maybeProcessed;

    TransportError(boolean maybeProcessed) {
        this.maybeProcessed = maybeProcessed;
    }

    /** @return whether DANA may have received and processed the request */
    public boolean maybeProcessed() {
        return maybeProcessed;
    }
}
