package dev.danakit.client;

import dev.danakit.client.http.CallListener;
import dev.danakit.client.http.RetryPolicy;
import dev.danakit.protocol.codes.ResponseCodeCatalog;
import dev.danakit.protocol.codes.ResponseCodeCatalogs;
import dev.danakit.signing.keys.PemKeys;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * Everything one merchant's {@link DanaClient} needs. Immutable: build it once, share it, keep several side by
 * side for several merchants. The library never reads the environment; {@link #fromEnvironment()} is a convenience
 * for applications that want to. Build it with {@link #builder()}, which fills in the defaults; the canonical
 * constructor checks the same rules.
 *
 * @param danaBaseUrl DANA's base URL
 * @param nicepayBaseUrl NICEPAY's base URL
 * @param partnerId the partner (client) id: X-PARTNER-ID, X-CLIENT-KEY, Open API clientId
 * @param clientSecret the Open API client secret, if configured
 * @param merchantPrivateKey the merchant's private key
 * @param danaPublicKey DANA's public key, if configured
 * @param verifyResponseSignatures whether Open API response signatures are verified
 * @param channelId CHANNEL-ID
 * @param origin ORIGIN, if configured
 * @param connectTimeout connect timeout
 * @param readTimeout read timeout
 * @param proxy HTTP proxy, if any
 * @param jerseyClient the caller's Jersey client whose configuration is reused, if any
 * @param retryPolicy attempts and backoff
 * @param listener the attempt listener
 * @param clock the clock for timestamps and response time checks
 * @param responseTimeTolerance how far an Open API respTime may be from now
 * @param externalIds the source of fresh X-EXTERNAL-ID values
 * @param responseCodeCatalog the response-code catalogue
 * @param backoffRandom the random source of the retry pauses' jitter
 */
public record DanaClientConfig(
        URI danaBaseUrl,
        URI nicepayBaseUrl,
        String partnerId,
        Optional<String> clientSecret,
        PrivateKey merchantPrivateKey,
        Optional<PublicKey> danaPublicKey,
        boolean verifyResponseSignatures,
        String channelId,
        Optional<String> origin,
        Duration connectTimeout,
        Duration readTimeout,
        Optional<URI> proxy,
        Optional<Client> jerseyClient,
        RetryPolicy retryPolicy,
        CallListener listener,
        Clock clock,
        Duration responseTimeTolerance,
        Supplier<String> externalIds,
        ResponseCodeCatalog responseCodeCatalog,
        RandomGenerator backoffRandom) {

    /** What DANA's SDKs send as CHANNEL-ID. */
    public static final String DEFAULT_CHANNEL_ID = "95221";
    /** DANA documents an expected timeout of 8 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(8);
    /** Connect timeout unless set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /**
     * Checks the configuration.
     *
     * @throws IllegalStateException if something mandatory is missing or out of range
     * @throws NullPointerException if a component that has a default in the builder is null
     */
    public DanaClientConfig {
        require(partnerId != null && !partnerId.isBlank() && partnerId.length() <= 36,
                "partnerId is required (1 to 36 characters)");
        require(merchantPrivateKey != null, "merchantPrivateKey is required");
        require(!verifyResponseSignatures || (danaPublicKey != null && danaPublicKey.isPresent()),
                "danaPublicKey is required unless verifyResponseSignatures(false)");
        require(channelId != null && !channelId.isEmpty() && channelId.length() <= 5,
                "channelId must have 1 to 5 characters");
        require(positive(connectTimeout) && positive(readTimeout), "timeouts must be positive");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(externalIds, "externalIds");
        Objects.requireNonNull(backoffRandom, "backoffRandom");
        SnapTimestamp.requireTolerance(responseTimeTolerance);
        Objects.requireNonNull(danaBaseUrl, "danaBaseUrl");
        Objects.requireNonNull(nicepayBaseUrl, "nicepayBaseUrl");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(danaPublicKey, "danaPublicKey");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(jerseyClient, "jerseyClient");
        Objects.requireNonNull(responseCodeCatalog, "responseCodeCatalog");
    }

    /** @return a new builder with the defaults (sandbox, channel 95221, read 8 s, 3 attempts) */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code DANA_ENV} (sandbox, production or a base URL), {@code DANA_PARTNER_ID},
     * {@code DANA_CLIENT_SECRET}, {@code DANA_PRIVATE_KEY}, {@code DANA_PUBLIC_KEY}, {@code DANA_ORIGIN},
     * {@code DANA_CHANNEL_ID} from the process environment into a builder. For applications; the library
     * itself never calls it.
     *
     * @return a builder with what the environment holds
     */
    public static Builder fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * Like {@link #fromEnvironment()} over a given map.
     *
     * @param env variables by name
     * @return a builder with what the map holds
     */
    public static Builder fromEnvironment(Map<String, String> env) {
        Builder b = builder();
        String target = env.get("DANA_ENV");
        if (target != null && !target.isBlank()) {
            String t = target.trim();
            switch (t.toLowerCase(Locale.ROOT)) {
                case "sandbox" -> b.environment(DanaEnvironment.SANDBOX);
                case "production" -> b.environment(DanaEnvironment.PRODUCTION);
                default -> b.baseUrl(URI.create(t));
            }
        }
        Optional.ofNullable(env.get("DANA_PARTNER_ID")).ifPresent(b::partnerId);
        Optional.ofNullable(env.get("DANA_CLIENT_SECRET")).ifPresent(b::clientSecret);
        Optional.ofNullable(env.get("DANA_PRIVATE_KEY")).ifPresent(b::merchantPrivateKeyPem);
        Optional.ofNullable(env.get("DANA_PUBLIC_KEY")).ifPresent(b::danaPublicKeyPem);
        Optional.ofNullable(env.get("DANA_ORIGIN")).ifPresent(b::origin);
        Optional.ofNullable(env.get("DANA_CHANNEL_ID")).ifPresent(b::channelId);
        return b;
    }

    @Override
    public String toString() {
        // never the secret or the keys
        return "DanaClientConfig[dana=" + danaBaseUrl + ", nicepay=" + nicepayBaseUrl + ", partnerId=" + partnerId
                + ", channelId=" + channelId + ", origin=" + origin.orElse(null) + ", clientSecret="
                + (clientSecret.isEmpty() ? "none" : "***") + ", verifyResponseSignatures=" + verifyResponseSignatures
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", proxy="
                + proxy.orElse(null) + ", retry=" + retryPolicy + "]";
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /**
     * Builds a {@link DanaClientConfig}. Not thread-safe; the result is.
     */
    public static final class Builder {

        private URI danaBaseUrl = DanaEnvironment.SANDBOX.danaBaseUrl();
        private URI nicepayBaseUrl = DanaEnvironment.SANDBOX.nicepayBaseUrl();
        private String partnerId;
        private String clientSecret;
        private PrivateKey merchantPrivateKey;
        private PublicKey danaPublicKey;
        private boolean verifyResponseSignatures = true;
        private String channelId = DEFAULT_CHANNEL_ID;
        private String origin;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private URI proxy;
        private Client jerseyClient;
        private RetryPolicy retryPolicy = RetryPolicy.standard();
        private CallListener listener = CallListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Duration responseTimeTolerance = SnapTimestamp.DEFAULT_TOLERANCE;
        private Supplier<String> externalIds = () -> UUID.randomUUID().toString();
        private ResponseCodeCatalog catalog;
        // java.util.Random is thread-safe: one source for every thread of the client
        private RandomGenerator backoffRandom = new Random();

        private Builder() {
        }

        /**
         * @param environment sandbox or production
         * @return this builder
         */
        public Builder environment(DanaEnvironment environment) {
            this.danaBaseUrl = environment.danaBaseUrl();
            this.nicepayBaseUrl = environment.nicepayBaseUrl();
            return this;
        }

        /**
         * @param baseUrl a custom base URL for DANA and NICEPAY calls alike (e.g. a local sandbox)
         * @return this builder
         */
        public Builder baseUrl(URI baseUrl) {
            this.danaBaseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
            this.nicepayBaseUrl = baseUrl;
            return this;
        }

        /**
         * @param nicepayBaseUrl NICEPAY's base URL, when it differs from the environment's
         * @return this builder
         */
        public Builder nicepayBaseUrl(URI nicepayBaseUrl) {
            this.nicepayBaseUrl = Objects.requireNonNull(nicepayBaseUrl, "nicepayBaseUrl");
            return this;
        }

        /**
         * @param partnerId the client id DANA issued (at most 36 characters)
         * @return this builder
         */
        public Builder partnerId(String partnerId) {
            this.partnerId = partnerId;
            return this;
        }

        /**
         * @param clientSecret the client secret, needed for Open API calls
         * @return this builder
         */
        public Builder clientSecret(String clientSecret) {
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * @param key the merchant's RSA private key
         * @return this builder
         */
        public Builder merchantPrivateKey(PrivateKey key) {
            this.merchantPrivateKey = key;
            return this;
        }

        /**
         * @param pem PKCS#8 or PKCS#1 PEM, or bare base64 (literal {@code \n} allowed)
         * @return this builder
         */
        public Builder merchantPrivateKeyPem(String pem) {
            this.merchantPrivateKey = PemKeys.privateKey(pem);
            return this;
        }

        /**
         * @param key DANA's RSA public key, for Open API response signatures
         * @return this builder
         */
        public Builder danaPublicKey(PublicKey key) {
            this.danaPublicKey = key;
            return this;
        }

        /**
         * @param pem X.509 SubjectPublicKeyInfo PEM, certificate, or bare base64
         * @return this builder
         */
        public Builder danaPublicKeyPem(String pem) {
            this.danaPublicKey = PemKeys.publicKey(pem);
            return this;
        }

        /**
         * @param verify false only for a sandbox without DANA's key: responses are then trusted unchecked
         * @return this builder
         */
        public Builder verifyResponseSignatures(boolean verify) {
            this.verifyResponseSignatures = verify;
            return this;
        }

        /**
         * @param channelId CHANNEL-ID (1 to 5 characters)
         * @return this builder
         */
        public Builder channelId(String channelId) {
            this.channelId = channelId;
            return this;
        }

        /**
         * @param origin ORIGIN header, e.g. the merchant's site
         * @return this builder
         */
        public Builder origin(String origin) {
            this.origin = origin;
            return this;
        }

        /**
         * @param timeout connect timeout
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /**
         * @param timeout read timeout (DANA documents 8 s)
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /**
         * @param proxy HTTP proxy, e.g. {@code http://proxy.internal:3128}
         * @return this builder
         */
        public Builder proxy(URI proxy) {
            this.proxy = proxy;
            return this;
        }

        /**
         * @param client a Jersey client whose configuration (connector, SSL, own filters) the DANA client
         *     copies; it is not modified
         * @return this builder
         */
        public Builder jerseyClient(Client client) {
            this.jerseyClient = client;
            return this;
        }

        /**
         * @param policy attempts and backoff
         * @return this builder
         */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        /**
         * @param listener observes each attempt
         * @return this builder
         */
        public Builder listener(CallListener listener) {
            this.listener = listener;
            return this;
        }

        /**
         * @param clock clock for X-TIMESTAMP, reqTime and respTime checks
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * @param tolerance how far an Open API respTime may be from now
         * @return this builder
         */
        public Builder responseTimeTolerance(Duration tolerance) {
            this.responseTimeTolerance = tolerance;
            return this;
        }

        /**
         * @param externalIds source of fresh X-EXTERNAL-ID values (unique per day, at most 36 characters)
         * @return this builder
         */
        public Builder externalIds(Supplier<String> externalIds) {
            this.externalIds = externalIds;
            return this;
        }

        /**
         * @param catalog the response-code catalogue; by default {@code dana/response-codes.yaml} from dana-api
         * @return this builder
         */
        public Builder responseCodeCatalog(ResponseCodeCatalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /**
         * @param random the random source of the retry pauses' full jitter (must be thread-safe if the client
         *     is shared between threads); pin it in a test to make the pauses predictable
         * @return this builder
         */
        public Builder backoffRandom(RandomGenerator random) {
            this.backoffRandom = random;
            return this;
        }

        /**
         * @return the configuration
         * @throws IllegalStateException if something mandatory is missing or out of range
         */
        public DanaClientConfig build() {
            return new DanaClientConfig(danaBaseUrl, nicepayBaseUrl, partnerId, Optional.ofNullable(clientSecret),
                    merchantPrivateKey, Optional.ofNullable(danaPublicKey), verifyResponseSignatures, channelId,
                    Optional.ofNullable(origin), connectTimeout, readTimeout, Optional.ofNullable(proxy),
                    Optional.ofNullable(jerseyClient), retryPolicy, listener, clock, responseTimeTolerance, externalIds,
                    catalog == null ? ResponseCodeCatalogs.shipped() : catalog, backoffRandom);
        }
    }
}
