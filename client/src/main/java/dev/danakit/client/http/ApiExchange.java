package dev.danakit.client.http;

import java.util.Map;

/**
 * The door between a generated API method and the hand-written call path. A generated API bound to an exchange
 * (the constructor its template adds) hands every call here with what the spec says of it; the exchange validates,
 * signs, sends, verifies and decodes, and answers once.
 */
public interface ApiExchange {

    /**
     * Runs one operation.
     *
     * @param method the HTTP method of the operation, e.g. {@code POST}
     * @param path the operation's path exactly as in its spec, e.g. {@code /rest/v1.1/qr/apply-ott}
     * @param body the request model, or null
     * @param constrained what Bean Validation checks: the model itself, or the form a oneOf wrapper holds
     * @param headers the header arguments of the generated method that were given, by wire name
     * @param responseType the model of a successful answer
     * @param <T> the response model
     * @return the answer, decoded once
     * @throws dev.danakit.client.outcome.RequestValidationException if the request breaks the spec (nothing sent)
     * @throws dev.danakit.client.outcome.ResponseSignatureException if DANA's signature on the answer is wrong
     * @throws dev.danakit.client.outcome.TransportException if no answer came
     */
    <T> Answer<T> exchange(String method, String path, Object body, Object constrained, Map<String, String> headers,
            Class<T> responseType);

    /**
     * What a generated method throws when a required argument is null: nothing is sent.
     *
     * @param operationId the operation
     * @param parameter the generated method's parameter name
     * @return the exception to throw
     */
    RuntimeException missingParameter(String operationId, String parameter);
}
