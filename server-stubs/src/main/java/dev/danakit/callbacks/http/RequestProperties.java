package dev.danakit.callbacks.http;

/**
 * Names of the request properties the verification filter leaves for the exception mappers.
 */
final class RequestProperties {

    /** The {@link dev.danakit.callbacks.CallbackEndpoint} a request was addressed to. */
    static final String ENDPOINT = "dev.danakit.callbacks.endpoint";
    /** The exact received body, {@code byte[]}. */
    static final String RAW_BODY = "dev.danakit.callbacks.rawBody";
    /** The raw request path ({@code String}) over which the verification filter verified the request. */
    static final String VERIFIED = "dev.danakit.callbacks.verifiedPath";

    private RequestProperties() {
    }
}
