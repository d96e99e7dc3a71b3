package dev.danakit.client.outcome;

import dev.danakit.signing.SignatureVerificationException;

/**
 * DANA's signature on an Open API response did not verify: the content cannot be trusted, so it is not
 * returned. The result of the operation is unknown; query its status over a trusted channel.
 */
public final class ResponseSignatureException extends DanaClientException {

    private static final long serialVersionUID = 1L;

    private final SignatureVerificationException.Reason reason;

    /**
     * @param operation the operation id
     * @param cause the verification failure (its message names the field, never the value)
     */
    public ResponseSignatureException(String operation, SignatureVerificationException cause) {
        super(operation + " response failed signature verification: " + cause.getMessage(), cause);
        this.reason = cause.reason();
    }

    /** @return why verification failed */
    public SignatureVerificationException.Reason reason() {
        return reason;
    }
}
