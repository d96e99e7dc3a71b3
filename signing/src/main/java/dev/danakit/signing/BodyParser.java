package dev.danakit.signing;

/**
 * Turns verified raw body bytes into the caller's model, for {@code verifyAndParse} methods.
 *
 * <p>The verifiers call it only after the signature has been checked, and convert any exception it
 * throws into {@link SignatureVerificationException.Reason#BODY_NOT_JSON} without keeping the cause
 * (parser messages quote the body).
 *
 * <p>Bind straight from the bytes to the model the handler needs, for example
 * {@code mapper.readerFor(FinishNotify.class)::readValue}: decoding to a {@code String} first, or reading a
 * tree and converting it, parses the body twice. Nothing is bound before the signature has been checked: SNAP
 * verification works on the raw bytes alone, and Open API verification only locates the signed value.
 *
 * @param <T> the parsed type
 */
@FunctionalInterface
public interface BodyParser<T> {

    /**
     * Parses the body.
     *
     * @param rawBody the exact bytes that were verified
     * @return the parsed value
     * @throws Exception if the bytes cannot be parsed
     */
    T parse(byte[] rawBody) throws Exception;
}
