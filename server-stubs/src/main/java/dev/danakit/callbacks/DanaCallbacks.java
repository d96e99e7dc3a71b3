package dev.danakit.callbacks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.callbacks.delivery.ExactlyOnce;
import dev.danakit.callbacks.delivery.ExactlyOnceFinishNotify;
import dev.danakit.callbacks.delivery.ExactlyOnceTransferBankNotify;
import dev.danakit.callbacks.delivery.ExactlyOnceUnbindNotify;
import dev.danakit.callbacks.delivery.VerifiedNicepayTokenNotification;
import dev.danakit.callbacks.binding.TolerantBinder;
import dev.danakit.callbacks.http.CallbackExceptionMappers;
import dev.danakit.callbacks.http.CallbackValidation;
import dev.danakit.callbacks.http.CallbackObjectMapper;
import dev.danakit.callbacks.http.CallbackResources;
import dev.danakit.callbacks.http.CallbackVerificationFilter;
import dev.danakit.callbacks.http.SignedEnvelopeInterceptor;
import dev.danakit.callbacks.http.SnapStatusFilter;
import dev.danakit.callbacks.http.SymmetricSnapVerifier;
import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.ledger.NotificationLedger;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.AnswerFormat;
import dev.danakit.server.callbacks.api.FinishNotifyApi;
import dev.danakit.server.callbacks.api.TransferBankNotifyApi;
import dev.danakit.server.callbacks.api.UnbindNotifyApi;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import dev.danakit.server.callbacks.model.TransferBankNotifyRequest;
import dev.danakit.server.callbacks.model.TransferBankNotifyResponse;
import dev.danakit.server.callbacks.model.UnbindNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyResponse;
import dev.danakit.server.nicepay.api.NicepayTokenNotificationApi;
import dev.danakit.server.nicepay.model.NicepayResult;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.snap.SnapVerifier;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.validation.ValidationFeature;

/**
 * Everything a merchant needs to receive DANA's and NICEPAY's callbacks, as one JAX-RS {@link Feature}:
 * <pre>{@code
 * ResourceConfig app = new ResourceConfig().register(DanaCallbacks.builder()
 *         .danaPublicKey(PemKeys.publicKey(danaPem))
 *         .merchantPrivateKey(PemKeys.privateKey(merchantPem))
 *         .ledger(new JdbcNotificationLedger(dataSource))   // default: in memory
 *         .finishNotify(myFinishNotifyApi, "/v2/dana/callback-qris", "/webhooks/dana/finish")
 *         .unbindNotify(myUnbindNotifyApi)                   // the spec's path, or the class's own @Path
 *         .clientSecret(clientSecret)                        // DANA may sign Transfer to Bank Notify with HMAC
 *         .transferBankNotify(myTransferBankNotifyApi)
 *         .nicepayTokenNotification(myNicepayApi, nicepayMerchantKey)
 *         .build());
 * }</pre>
 * The merchant implements only the generated interfaces, and receives each callback at the paths it registered
 * with DANA (the spec's path by default). Every mounted path is verified over the path as received; a resource
 * implementing a generated callback interface but registered around the kit stops the application from starting. Registered: the verification filter (raw body,
 * size limit, signature and time window), exactly-once delivery through the ledger, Jackson with hostile-input
 * limits, Bean Validation, Open API response signing, and exception mappers answering in DANA's format.
 */
public final class DanaCallbacks implements Feature {

    /** Default largest accepted callback body: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

    private final Map<String, CallbackEndpoint> endpoints;
    private final List<CallbackMount> mounts;
    private final Set<Class<?>> signedResponseTypes;
    private final Set<Class<?>> snapResponseTypes;
    private final ObjectMapper mapper;
    private final DanaAnswers answers;
    private final CallbackVerificationFilter filter;
    private final CallbackResources resources;
    private final PrivateKey merchantPrivateKey;
    private final Clock clock;

    private DanaCallbacks(Builder b) {
        if (b.registrations.isEmpty()) {
            throw new IllegalStateException("register at least one callback handler");
        }
        Map<String, CallbackEndpoint> byPath = new LinkedHashMap<>();
        Map<String, CallbackEndpoint> defaults = new LinkedHashMap<>();
        List<CallbackMount> mounted = new ArrayList<>();
        Set<Class<?>> signed = new HashSet<>();
        Set<Class<?>> snapTypes = new HashSet<>();
        ExactlyOnce exactlyOnce = new ExactlyOnce(b.ledger);
        boolean needsDanaKey = false;
        Set<String> symmetric = new HashSet<>();
        for (Registration r : b.registrations) {
            if (r.symmetric()) {
                symmetric.add(r.endpoint().operation().operationId());
            }
            CallbackEndpoint endpoint = r.endpoint();
            Object resource = r.resource().apply(new Context(exactlyOnce, b.clock, endpoint, b.clientId));
            for (String path : r.paths()) {
                if (byPath.putIfAbsent(path, endpoint) != null) {
                    throw new IllegalStateException("two callbacks at " + path);
                }
                mounted.add(new CallbackMount(path, endpoint, r.generatedInterface(), resource));
            }
            defaults.putIfAbsent(endpoint.path(), endpoint);
            needsDanaKey |= endpoint.format() != AnswerFormat.NICEPAY;
            if (endpoint.responseType() != null && endpoint.format() == AnswerFormat.OPEN_API) {
                signed.add(endpoint.responseType());
            }
            if (endpoint.responseType() != null && endpoint.format() == AnswerFormat.SNAP) {
                snapTypes.add(endpoint.responseType());
            }
        }
        defaults.keySet().removeAll(byPath.keySet());
        if (needsDanaKey) {
            Objects.requireNonNull(b.danaPublicKey, "danaPublicKey is required for DANA callbacks");
        }
        if (!signed.isEmpty()) {
            Objects.requireNonNull(b.merchantPrivateKey, "merchantPrivateKey is required to sign Open API answers");
        }
        this.endpoints = Collections.unmodifiableMap(byPath);
        this.mounts = List.copyOf(mounted);
        this.signedResponseTypes = Set.copyOf(signed);
        this.snapResponseTypes = Set.copyOf(snapTypes);
        this.merchantPrivateKey = b.merchantPrivateKey;
        this.clock = b.clock;
        this.mapper = CallbackObjectMapper.create(b.maxBodyBytes);
        this.answers = new DanaAnswers(b.merchantPrivateKey, b.clock);
        SnapVerifier snap = needsDanaKey ? new SnapVerifier(b.danaPublicKey, b.clock, b.tolerance) : null;
        OpenApiVerifier openApi = needsDanaKey ? new OpenApiVerifier(b.danaPublicKey, b.clock, b.tolerance) : null;
        SymmetricSnapVerifier hmac = b.clientSecret != null && !symmetric.isEmpty()
                ? new SymmetricSnapVerifier(b.clientSecret, b.clock, b.tolerance, symmetric) : null;
        this.filter = new CallbackVerificationFilter(endpoints, defaults, snap, openApi, hmac, b.maxBodyBytes,
                answers);
        this.resources = new CallbackResources(mounts, new TolerantBinder(mapper), CallbackValidation.validator());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the callbacks served, by path, in the order they were registered */
    public Map<String, CallbackEndpoint> endpoints() {
        return endpoints;
    }

    /** @return every path a callback is received at, with the resource that serves it */
    public List<CallbackMount> mounts() {
        return mounts;
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        context.register(JacksonFeature.withoutExceptionMappers());
        context.register(ValidationFeature.class);
        context.register(new CallbackObjectMapper(mapper));
        context.register(filter);
        context.register(resources);
        context.register(new SignedEnvelopeInterceptor(signedResponseTypes, merchantPrivateKey));
        context.register(new SnapStatusFilter(snapResponseTypes, mapper, clock));
        // Priority 1 wins ties with the mappers Jersey's auto-discovered JacksonFeature registers for the same types.
        CallbackExceptionMappers.all(answers).forEach(mapper -> context.register(mapper, 1));
        return true;
    }

    /** What a handler wrapper needs from the builder, and the callback it serves. */
    record Context(ExactlyOnce exactlyOnce, Clock clock, CallbackEndpoint endpoint, String clientId) {
    }

    private record Registration(CallbackEndpoint endpoint, Class<?> generatedInterface, List<String> paths,
            Function<Context, Object> resource, boolean symmetric) {
    }

    /** Builds {@link DanaCallbacks}. Keys are parsed once (see {@code PemKeys}); the builder is not thread-safe. */
    public static final class Builder {
        private PublicKey danaPublicKey;
        private PrivateKey merchantPrivateKey;
        private Clock clock = Clock.systemUTC();
        private Duration tolerance = SnapTimestamp.DEFAULT_TOLERANCE;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private NotificationLedger ledger;
        private String clientId;
        private String clientSecret;
        private final List<Registration> registrations = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param key DANA's RSA public key, which verifies SNAP and Open API callbacks
         * @return this
         */
        public Builder danaPublicKey(PublicKey key) {
            this.danaPublicKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * @param key the merchant's RSA private key, which signs Open API answers
         * @return this
         */
        public Builder merchantPrivateKey(PrivateKey key) {
            this.merchantPrivateKey = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * @param clientId the merchant's client id at DANA: an Open API notification whose {@code head.clientId}
         *     differs is refused (default: not checked)
         * @return this
         */
        public Builder clientId(String clientId) {
            this.clientId = Objects.requireNonNull(clientId, "clientId");
            return this;
        }

        /**
         * @param clientSecret the merchant's client secret shared with DANA: on the callbacks DANA may sign
         *     symmetrically (Transfer to Bank Notify) an HMAC-SHA512 signature with the B2B token of
         *     {@code Authorization: Bearer} is then accepted as well as DANA's RSA signature (default: RSA only)
         * @return this
         */
        public Builder clientSecret(String clientSecret) {
            if (Objects.requireNonNull(clientSecret, "clientSecret").isEmpty()) {
                throw new IllegalArgumentException("clientSecret is empty");
            }
            this.clientSecret = clientSecret;
            return this;
        }

        /**
         * @param clock the clock for the time window and response timestamps (default: system UTC)
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param tolerance how far a callback's timestamp may be from now (default
         *     {@link SnapTimestamp#DEFAULT_TOLERANCE}); older deliveries are refused as replays
         * @return this
         */
        public Builder tolerance(Duration tolerance) {
            this.tolerance = SnapTimestamp.requireTolerance(tolerance);
            return this;
        }

        /**
         * @param maxBodyBytes largest accepted body (default 1 MiB)
         * @return this
         */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * @param ledger where processed notifications are recorded (default: a new
         *     {@link InMemoryNotificationLedger}; use {@code JdbcNotificationLedger} for several instances)
         * @return this
         */
        public Builder ledger(NotificationLedger ledger) {
            this.ledger = Objects.requireNonNull(ledger, "ledger");
            return this;
        }

        /**
         * Serves DANA's Finish Notify (SNAP) with the merchant's implementation, exactly once per
         * (originalPartnerReferenceNo, originalReferenceNo, latestTransactionStatus).
         *
         * @param handler the merchant's implementation of the generated interface; it may return {@code null}
         *     for {@code 200<service code>00 Successful}
         * @param paths the paths registered with DANA, e.g. {@code /v2/dana/callback-qris}; none: the
         *     handler class's own {@code @Path}, else the spec's {@code /dana/callbacks/finish-notify}
         * @return this
         */
        public Builder finishNotify(FinishNotifyApi handler, String... paths) {
            return finishNotification(handler, ExactlyOnceFinishNotify.adapt(handler), paths);
        }

        /**
         * Serves Finish Notify with a handler that receives the whole {@link Notification} (raw verified bytes,
         * deviations, every field that arrived).
         *
         * @param handler the merchant's handler; it may return {@code null} for success
         * @param paths the paths registered with DANA; none: the spec's path
         * @return this
         */
        public Builder finishNotification(NotificationHandler<FinishNotifyRequest, FinishNotifyResponse> handler,
                String... paths) {
            return finishNotification(handler, handler, paths);
        }

        private Builder finishNotification(Object declared,
                NotificationHandler<FinishNotifyRequest, FinishNotifyResponse> handler, String... paths) {
            Objects.requireNonNull(handler, "handler");
            return add(CallbackEndpoint.of(FinishNotifyApi.class, FinishNotifyResponse.class), FinishNotifyApi.class,
                    declared, paths,
                    c -> new ExactlyOnceFinishNotify(handler, c.exactlyOnce(), c.endpoint().operation()));
        }

        /**
         * Serves DANA's Transfer to Bank Notify (SNAP, service code 43) with the merchant's implementation,
         * exactly once per (originalPartnerReferenceNo, originalReferenceNo, latestTransactionStatus). DANA signs
         * it with its RSA key, or with HMAC-SHA512 when the merchant chose the symmetric approach (set
         * {@link #clientSecret(String)}).
         *
         * @param handler the merchant's implementation of the generated interface; it may return {@code null}
         *     for {@code 2004300 Successful}
         * @param paths the paths registered with DANA; none: the handler class's own {@code @Path}, else the
         *     spec's {@code /v1.0/debit/emoney/transfer-bank/notify.htm}
         * @return this
         */
        public Builder transferBankNotify(TransferBankNotifyApi handler, String... paths) {
            return transferBankNotification(handler, ExactlyOnceTransferBankNotify.adapt(handler), paths);
        }

        /**
         * Serves Transfer to Bank Notify with a handler that receives the whole {@link Notification}.
         *
         * @param handler the merchant's handler; it may return {@code null} for success
         * @param paths the paths registered with DANA; none: the spec's path
         * @return this
         */
        public Builder transferBankNotification(
                NotificationHandler<TransferBankNotifyRequest, TransferBankNotifyResponse> handler, String... paths) {
            return transferBankNotification(handler, handler, paths);
        }

        private Builder transferBankNotification(Object declared,
                NotificationHandler<TransferBankNotifyRequest, TransferBankNotifyResponse> handler, String... paths) {
            Objects.requireNonNull(handler, "handler");
            return add(CallbackEndpoint.of(TransferBankNotifyApi.class, TransferBankNotifyResponse.class),
                    TransferBankNotifyApi.class, declared, paths,
                    c -> new ExactlyOnceTransferBankNotify(handler, c.exactlyOnce(), c.endpoint().operation()), true);
        }

        /**
         * Serves DANA's Unbind Notify (Open API) with the merchant's implementation.
         *
         * @param handler the merchant's implementation of the generated interface
         * @param paths the paths registered with DANA; none: the handler class's own {@code @Path}, else the
         *     spec's {@code /dana/callbacks/unbind-notify}
         * @return this
         */
        public Builder unbindNotify(UnbindNotifyApi handler, String... paths) {
            return unbindNotification(handler, ExactlyOnceUnbindNotify.adapt(handler), paths);
        }

        /**
         * Serves Unbind Notify with a handler that receives the whole {@link Notification}.
         *
         * @param handler the merchant's handler; it may return {@code null} for success
         * @param paths the paths registered with DANA; none: the spec's path
         * @return this
         */
        public Builder unbindNotification(NotificationHandler<UnbindNotifyRequest, UnbindNotifyResponse> handler,
                String... paths) {
            return unbindNotification(handler, handler, paths);
        }

        private Builder unbindNotification(Object declared,
                NotificationHandler<UnbindNotifyRequest, UnbindNotifyResponse> handler, String... paths) {
            Objects.requireNonNull(handler, "handler");
            return add(CallbackEndpoint.of(UnbindNotifyApi.class, UnbindNotifyResponse.class), UnbindNotifyApi.class,
                    declared, paths, c -> new ExactlyOnceUnbindNotify(handler, c.exactlyOnce(), c.clock(),
                            c.endpoint().operation(), c.clientId()));
        }

        /**
         * Serves NICEPAY's token-deactivated notification with the merchant's implementation.
         *
         * @param handler the merchant's implementation of the generated interface
         * @param merchantKey the NICEPAY merchant key that proves each notification ({@code merchantToken})
         * @param paths the paths registered with NICEPAY; none: the handler class's own {@code @Path}, else the
         *     spec's {@code /nicepay/callbacks/token-deactivated}
         * @return this
         */
        public Builder nicepayTokenNotification(NicepayTokenNotificationApi handler, String merchantKey,
                String... paths) {
            return nicepayNotification(handler, VerifiedNicepayTokenNotification.adapt(handler), merchantKey, paths);
        }

        /**
         * Serves NICEPAY's token-deactivated notification with a handler that receives the whole
         * {@link Notification}.
         *
         * @param handler the merchant's handler; it may return {@code null} for success
         * @param merchantKey the NICEPAY merchant key that proves each notification
         * @param paths the paths registered with NICEPAY; none: the spec's path
         * @return this
         */
        public Builder nicepayNotification(NotificationHandler<TokenDeactivatedNotification, NicepayResult> handler,
                String merchantKey, String... paths) {
            return nicepayNotification(handler, handler, merchantKey, paths);
        }

        private Builder nicepayNotification(Object declared,
                NotificationHandler<TokenDeactivatedNotification, NicepayResult> handler, String merchantKey,
                String... paths) {
            Objects.requireNonNull(handler, "handler");
            Objects.requireNonNull(merchantKey, "merchantKey");
            return add(CallbackEndpoint.of(NicepayTokenNotificationApi.class, null),
                    NicepayTokenNotificationApi.class, declared, paths,
                    c -> new VerifiedNicepayTokenNotification(handler, merchantKey, c.exactlyOnce()));
        }

        private Builder add(CallbackEndpoint endpoint, Class<?> generatedInterface, Object handler, String[] paths,
                Function<Context, Object> resource) {
            return add(endpoint, generatedInterface, handler, paths, resource, false);
        }

        private Builder add(CallbackEndpoint endpoint, Class<?> generatedInterface, Object handler, String[] paths,
                Function<Context, Object> resource, boolean symmetric) {
            List<String> mountAt = new ArrayList<>();
            for (String path : Objects.requireNonNull(paths, "paths")) {
                mountAt.add(CallbackMount.normalise(path));
            }
            if (mountAt.isEmpty()) {
                // a merchant resource class at its own @Path is served there; @Path is not inherited, so
                // the generated interface's default is read from the interface itself
                Path own = handler.getClass().getAnnotation(Path.class);
                mountAt.add(own != null ? CallbackMount.normalise(own.value()) : endpoint.path());
            }
            if (Set.copyOf(mountAt).size() != mountAt.size()) {
                throw new IllegalArgumentException("a path is given twice: " + mountAt);
            }
            registrations.add(new Registration(endpoint, generatedInterface, List.copyOf(mountAt), resource,
                    symmetric));
            return this;
        }

        /** @return the feature to register on a Jersey application */
        public DanaCallbacks build() {
            if (ledger == null) {
                ledger = new InMemoryNotificationLedger();
            }
            return new DanaCallbacks(this);
        }

        @Override
        public String toString() {
            return "DanaCallbacks.Builder[keys=<redacted>]";
        }
    }

    @Override
    public String toString() {
        return "DanaCallbacks" + endpoints.keySet();
    }
}
