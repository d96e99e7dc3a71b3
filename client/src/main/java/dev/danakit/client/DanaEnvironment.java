package dev.danakit.client;

import java.net.URI;

/**
 * Where the calls go. DANA's and NICEPAY's hosts differ; a custom base URL (e.g. a local sandbox) serves both.
 */
public enum DanaEnvironment {
    /** DANA sandbox and NICEPAY development. */
    SANDBOX("https://api.sandbox.dana.id", "https://dev.nicepay.co.id"),
    /** DANA and NICEPAY production. */
    PRODUCTION("https://api.saas.dana.id", "https://www.nicepay.co.id");

    private final URI danaBaseUrl;
    private final URI nicepayBaseUrl;

    DanaEnvironment(String danaBaseUrl, String nicepayBaseUrl) {
        this.danaBaseUrl = URI.create(danaBaseUrl);
        this.nicepayBaseUrl = URI.create(nicepayBaseUrl);
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
