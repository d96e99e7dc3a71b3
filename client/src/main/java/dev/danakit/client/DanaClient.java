package dev.danakit.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.auth.api.AuthApi;
import dev.danakit.client.disbursement.api.DisbursementApi;
import dev.danakit.client.http.ApiBinding;
import dev.danakit.client.http.CallExecutor;
import dev.danakit.client.http.CallPath;
import dev.danakit.client.http.ExactBytesConnectorProvider;
import dev.danakit.client.http.SecretMasker;
import dev.danakit.client.http.SigningSettings;
import dev.danakit.client.merchant.api.MerchantManagementApi;
import dev.danakit.client.nicepay.api.NicepayPayloanApi;
import dev.danakit.client.paymentgateway.api.PaymentGatewayApi;
import dev.danakit.client.binding.BindingUrlBuilder;
import dev.danakit.client.qris.api.QrisApi;
import dev.danakit.client.transactionhistory.api.TransactionHistoryApi;
import dev.danakit.client.widget.api.WidgetApi;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.signing.openapi.OpenApiVerifier;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.glassfish.jersey.jnh.connector.JavaNetHttpClientProperties;

/**
 * One merchant's DANA client: one entry point per product, each exposing its generated API bound to the client's
 * call path (Bean Validation, one serialisation, signing, sending, response verification, one decoding).
 *
 * <pre>{@code
 * try (DanaClient dana = DanaClient.create(config)) {
 *     Outcome<ApplyOttResponse> ott = dana.widget().call(api -> api.applyOtt(
 *             "Bearer " + customerToken, deviceId, request, ip, null, null));
 * }
 * }</pre>
 * Every product is wired the same way, in one loop over the generated APIs; their operations are looked up in the
 * protocol's {@link OperationTable}. One Jersey client serves them all. Thread-safe; no static state, so clients
 * for several merchants live side by side.
 */
public final class DanaClient implements AutoCloseable {

    private static final String USER_AGENT = "dana-contract-kit-client";

    /** Every generated API of the DANA-side specs (the binding is generated into each API class). */
    private static final List<ApiBinding<?>> APIS = List.of(WidgetApi.BINDING, PaymentGatewayApi.BINDING,
            DisbursementApi.BINDING, MerchantManagementApi.BINDING, AuthApi.BINDING, TransactionHistoryApi.BINDING,
            NicepayPayloanApi.BINDING, QrisApi.BINDING);

    private final DanaClientConfig config;
    private final ValidatorFactory validatorFactory;
    private final Client jersey;
    private final Map<Class<?>, ProductClient<?>> products = new LinkedHashMap<>();

    private DanaClient(DanaClientConfig config) {
        this.config = config;
        this.validatorFactory = Validation.buildDefaultValidatorFactory();
        this.jersey = jerseyClient().build();
        SigningSettings settings = new SigningSettings(config.partnerId(), config.clientSecret().orElse(null),
                config.merchantPrivateKey(), config.channelId(), config.origin().orElse(null), config.clock(),
                config.externalIds());
        OpenApiVerifier verifier = config.verifyResponseSignatures()
                ? new OpenApiVerifier(config.danaPublicKey().orElseThrow(), config.clock(),
                        config.responseTimeTolerance())
                : null;
        CallPath path = new CallPath(APIS, OperationTable.dana(), jersey, config.danaBaseUrl(),
                config.nicepayBaseUrl(), settings, validatorFactory.getValidator(), verifier,
                config.responseCodeCatalog(), USER_AGENT);
        CallExecutor executor = new CallExecutor(path, config.retryPolicy(), config.backoffRandom(),
                config.listener(), new SecretMasker(new ObjectMapper(), 512));
        for (ApiBinding<?> api : APIS) {
            products.put(api.type(), new ProductClient<>(api, path, executor));
        }
    }

    /**
     * @param config the merchant's configuration
     * @return a ready client; close it when done
     */
    public static DanaClient create(DanaClientConfig config) {
        return new DanaClient(Objects.requireNonNull(config, "config"));
    }

    /**
     * @param api a generated API class, e.g. {@code WidgetApi.class}
     * @param <A> its type
     * @return its entry point
     * @throws IllegalArgumentException if it is not one of the DANA-side APIs
     */
    @SuppressWarnings("unchecked")
    public <A> ProductClient<A> product(Class<A> api) {
        ProductClient<?> product = products.get(api);
        if (product == null) {
            throw new IllegalArgumentException(api.getName() + " is not a DANA-side API of this client");
        }
        return (ProductClient<A>) product;
    }

    /** @return Widget: binding (apply token, OTT, unbinding), balance, widget payment and its follow-ups */
    public ProductClient<WidgetApi> widget() {
        return product(WidgetApi.class);
    }

    /** @return Payment Gateway: create, query, cancel and refund orders, consult pay (SNAP B2B) */
    public ProductClient<PaymentGatewayApi> paymentGateway() {
        return product(PaymentGatewayApi.class);
    }

    /** @return Disbursement: top-ups to DANA accounts, transfers to bank accounts and their inquiries */
    public ProductClient<DisbursementApi> disbursement() {
        return product(DisbursementApi.class);
    }

    /** @return SNAP B2B access token (X-CLIENT-KEY, signature over clientId|X-TIMESTAMP) */
    public ProductClient<AuthApi> auth() {
        return product(AuthApi.class);
    }

    /**
     * @return a new builder of the URL that starts a customer's account binding (Get OAuth 2.0 page or bindSnap
     *     deeplink), checked against the spec; built locally, no call to DANA
     */
    public BindingUrlBuilder bindingUrl() {
        return new BindingUrlBuilder(config, validatorFactory.getValidator());
    }

    /** @return a bound customer's transaction history (SNAP B2B2C) */
    public ProductClient<TransactionHistoryApi> transactionHistory() {
        return product(TransactionHistoryApi.class);
    }

    /** @return Merchant Management: merchant resources, shops, divisions (Open API envelope) */
    public ProductClient<MerchantManagementApi> merchantManagement() {
        return product(MerchantManagementApi.class);
    }

    /** @return NICEPAY Payloan: remove a customer's user token */
    public ProductClient<NicepayPayloanApi> nicepay() {
        return product(NicepayPayloanApi.class);
    }

    /** @return QRIS acquiring: generate a dynamic QRIS (MPM), charge a scanned customer code (CPM) */
    public ProductClient<QrisApi> qris() {
        return product(QrisApi.class);
    }

    /** @return the configuration this client was built from */
    public DanaClientConfig config() {
        return config;
    }

    @Override
    public void close() {
        jersey.close();
        validatorFactory.close();
    }

    private ClientBuilder jerseyClient() {
        ClientBuilder builder = ClientBuilder.newBuilder();
        if (config.jerseyClient().isPresent()) {
            // the caller's connector, SSL and own providers; their client itself is left untouched
            Client own = config.jerseyClient().get();
            builder.withConfig(own.getConfiguration()).sslContext(own.getSslContext())
                    .hostnameVerifier(own.getHostnameVerifier());
        } else {
            // java.net.http (HttpURLConnection would drop ORIGIN, a restricted header, without a JVM-wide flag), at
            // HTTP/1.1, sending the signed array as it is and taking the answer as one array
            builder.withConfig(new ClientConfig().connectorProvider(new ExactBytesConnectorProvider()));
        }
        // HTTP/1.1 always: java.net.http at its default (HTTP/2) sends "Upgrade: h2c" on plain http
        builder.property(JavaNetHttpClientProperties.HTTP_VERSION, HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // known length, no chunking: the exact signed bytes with a Content-Length
                .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.BUFFERED);
        config.proxy().ifPresent(proxy -> builder.property(ClientProperties.PROXY_URI, proxy.toString()));
        return builder;
    }

    @Override
    public String toString() {
        return "DanaClient[" + config + "]";
    }
}
