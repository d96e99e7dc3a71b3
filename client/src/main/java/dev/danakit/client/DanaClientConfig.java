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
 * Everything one merchant's {@link DanaClient} needs. Immutable: build it once, share it, keep several side
 * by side for several merchants. The library never reads the environment; {@link #fromEnvironment()} is a
 * convenience for applications that want to.
 */
public final class DanaClientConfig {

    /** What DANA's SDKs send as CHANNEL-ID. */
    public static final String DEFAULT_CHANNEL_ID = "95221";
    /** DANA documents an expected timeout of 8 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(8);
    /** Connect timeout unless set. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI danaBaseUrl;
    private final URI nicepayBaseUrl;
    private final String partnerId;
    private final String clientSecret;
    private final PrivateKey merchantPrivateKey;
    private final PublicKey danaPublicKey;
    private final boolean verifyResponseSignatures;
    private final String channelId;
    private final String origin;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final URI proxy;
    private final Client jerseyClient;
    private final RetryPolicy retryPolicy;
    private final CallListener listener;
    private final Clock clock;
    private final Duration responseTimeTolerance;
    private final Supplier<String> externalIds;
    private final ResponseCodeCatalog catalog;
    private final RandomGenerator backoffRandom;

    private DanaClientConfig(Builder b) {
        this.danaBaseUrl = b.danaBaseUrl;
        this.nicepayBaseUrl = b.nicepayBaseUrl;
        this.partnerId = b.partnerId;
        this.clientSecret = b.clientSecret;
        this.merchantPrivateKey = b.merchantPrivateKey;
        this.danaPublicKey = b.danaPublicKey;
        this.verifyResponseSignatures = b.verifyResponseSignatures;
        this.channelId = b.channelId;
        this.origin = b.origin;
        this.connectTimeout = b.connectTimeout;
        this.readTimeout = b.readTimeout;
        this.proxy = b.proxy;
        this.jerseyClient = b.jerseyClient;
        this.retryPolicy = b.retryPolicy;
        this.listener = b.listener;
        this.clock = b.clock;
        this.responseTimeTolerance = b.responseTimeTolerance;
        this.externalIds = b.externalIds;
        this.catalog = b.catalog;
        this.backoffRandom = b.backoffRandom;
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

    /** @return DANA's base URL */
    public URI danaBaseUrl() {
        return danaBaseUrl;
    }

    /** @return NICEPAY's base URL */
    public URI nicepayBaseUrl() {
        return nicepayBaseUrl;
    }

    /** @return the partner (client) id: X-PARTNER-ID, X-CLIENT-KEY, Open API clientId */
    public String partnerId() {
        return partnerId;
    }

    /** @return the Open API client secret, if configured */
    public Optional<String> clientSecret() {
        return Optional.ofNullable(clientSecret);
    }

    /** @return the merchant's private key */
    public PrivateKey merchantPrivateKey() {
        return merchantPrivateKey;
    }

    /** @return DANA's public key, if configured */
    public Optional<PublicKey> danaPublicKey() {
        return Optional.ofNullable(danaPublicKey);
    }

    /** @return whether Open API response signatures are verified */
    public boolean verifyResponseSignatures() {
        return verifyResponseSignatures;
    }

    /** @return CHANNEL-ID */
    public String channelId() {
        return channelId;
    }

    /** @return ORIGIN, if configured */
    public Optional<String> origin() {
        return Optional.ofNullable(origin);
    }

    /** @return connect timeout */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** @return read timeout */
    public Duration readTimeout() {
        return readTimeout;
    }

    /** @return HTTP proxy, if any */
    public Optional<URI> proxy() {
        return Optional.ofNullable(proxy);
    }

    /** @return the caller's Jersey client whose configuration is reused, if any */
    public Optional<Client> jerseyClient() {
        return Optional.ofNullable(jerseyClient);
    }

    /** @return attempts and backoff */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** @return the attempt listener */
    public CallListener listener() {
        return listener;
    }

    /** @return the clock for timestamps and response time checks */
    public Clock clock() {
        return clock;
    }

    /** @return how far an Open API respTime may be from now */
    public Duration responseTimeTolerance() {
        return responseTimeTolerance;
    }

    /** @return the source of fresh X-EXTERNAL-ID values */
    public Supplier<String> externalIds() {
        return externalIds;
    }

    /** @return the response-code catalogue */
    public ResponseCodeCatalog responseCodeCatalog() {
        return catalog;
    }

    /** @return the random source of the retry pauses' jitter */
    public RandomGenerator backoffRandom() {
        return backoffRandom;
    }

    @Override
    public String toString() {
        // never the secret or the keys
        return "DanaClientConfig[dana=" + danaBaseUrl + ", nicepay=" + nicepayBaseUrl + ", partnerId=" + partnerId
                + ", channelId=" + channelId + ", origin=" + origin + ", clientSecret="
                + (clientSecret == null ? "none" : "***") + ", verifyResponseSignatures=" + verifyResponseSignatures
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", proxy=" + proxy
                + ", retry=" + retryPolicy + "]";
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
            require(partnerId != null && !partnerId.isBlank() && partnerId.length() <= 36,
                    "partnerId is required (1 to 36 characters)");
            require(merchantPrivateKey != null, "merchantPrivateKey is required");
            require(!verifyResponseSignatures || danaPublicKey != null,
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
            if (catalog == null) {
                catalog = ResponseCodeCatalogs.shipped();
            }
            return new DanaClientConfig(this);
        }

        private static boolean positive(Duration d) {
            return d != null && !d.isNegative() && !d.isZero();
        }

        private static void require(boolean ok, String message) {
            if (!ok) {
                throw new IllegalStateException(message);
            }
        }
    }
}
