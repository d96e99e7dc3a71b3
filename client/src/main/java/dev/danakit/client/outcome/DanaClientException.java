package dev.danakit.client.outcome;

/**
 * Root of the exceptions the DANA client throws itself. Messages never contain secrets or payload values.
 */
public class DanaClientException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message a message without secrets
     */
    public DanaClientException(String message) {
        super(message);
    }

    /**
     * @param message a message without secrets
     * @param cause the cause
     */
    public DanaClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
