package dev.danakit.client;

import java.net.URI;

/**
 * Where the calls go. DANA's and NICEPAY's hosts differ; a custom base URL (e.g. a local sandbox) serves both.
 */
public enum DanaEnvironment {
    /** DANA sandbox and NICEPAY development. */
    SANDBOX(URI.create("https://api.sandbox.dana.id"), URI.create("https://dev.nicepay.co.id")),
    /** DANA and NICEPAY production. */
    PRODUCTION(URI.create("https://api.saas.dana.id"), URI.create("https://www.nicepay.co.id"));

    private final URI danaBaseUrl;
    private final URI nicepayBaseUrl;

    DanaEnvironment(URI danaBaseUrl, URI nicepayBaseUrl) {
        this.danaBaseUrl = danaBaseUrl;
        this.nicepayBaseUrl = nicepayBaseUrl;
    }

    /** @return DANA's API base URL */
    public URI danaBaseUrl() {
        return danaBaseUrl;
    }

    /** @return NICEPAY's API base URL */
    public URI nicepayBaseUrl() {
        return nicepayBaseUrl;
    }
}
