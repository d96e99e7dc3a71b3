package dev.danakit.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.http.CallExecutor;
import dev.danakit.client.http.CallScopes;
import dev.danakit.client.http.OperationRoutes;
import dev.danakit.client.http.ResponseCaptureFilter;
import dev.danakit.client.http.ResponseDecoder;
import dev.danakit.client.http.SecretMasker;
import dev.danakit.client.http.SignedBodyInterceptor;
import dev.danakit.client.http.SigningFilter;
import dev.danakit.client.http.SigningSettings;
import dev.danakit.client.auth.api.AuthApi;
import dev.danakit.client.disbursement.api.DisbursementApi;
import dev.danakit.client.merchant.api.MerchantManagementApi;
import dev.danakit.client.paymentgateway.api.PaymentGatewayApi;
import dev.danakit.client.qris.api.QrisApi;
import dev.danakit.client.transactionhistory.api.TransactionHistoryApi;
import dev.danakit.client.nicepay.api.NicepayPayloanApi;
import dev.danakit.client.widget.api.WidgetApi;
import dev.danakit.signing.openapi.OpenApiVerifier;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.net.http.HttpClient;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jnh.connector.JavaNetHttpClientProperties;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;

/**
 * One merchant's DANA client: one entry point per product, each exposing its generated API wired with
 * signing, SNAP headers, Jackson (unknown properties ignored) and Bean Validation before send.
 *
 * <pre>{@code
 * try (DanaClient dana = DanaClient.create(config)) {
 *     Outcome<ApplyOttResponse> ott = dana.widget().call(api -> api.applyOtt(
 *             "Bearer " + customerToken, deviceId, request, ip, null, null));
 * }
 * }</pre>
 * Thread-safe; no static state, so clients for several merchants live side by side.
 */
public final class DanaClient implements AutoCloseable {

    private static final String USER_AGENT = "dana-contract-kit-client";

    private final DanaClientConfig config;
    private final ValidatorFactory validatorFactory;
    private final ProductClient<WidgetApi> widget;
    private final ProductClient<PaymentGatewayApi> paymentGateway;
    private final ProductClient<DisbursementApi> disbursement;
    private final ProductClient<MerchantManagementApi> merchantManagement;
    private final ProductClient<AuthApi> auth;
    private final ProductClient<TransactionHistoryApi> transactionHistory;
    private final ProductClient<QrisApi> qris;
    private final ProductClient<NicepayPayloanApi> nicepay;

    private DanaClient(DanaClientConfig config) {
        this.config = config;
        this.validatorFactory = Validation.buildDefaultValidatorFactory();

        String danaBase = base(config.danaBaseUrl().toString());
        String nicepayBase = base(config.nicepayBaseUrl().toString());

        var widgetInvoker = new dev.danakit.client.widget.invoker.ApiClient() {
            @Override
            protected Client buildHttpClient() {
                return null; // replaced by the signing client below
            }
        };
        this.widget = product("widget", "openapi/widget.yaml", widgetInvoker.getJSON(),
                widgetInvoker.getJSON().getMapper(), jersey -> new WidgetApi(
                        widgetInvoker.setHttpClient(jersey).setBasePath(danaBase).setUserAgent(USER_AGENT)));

        var paymentGatewayInvoker = new dev.danakit.client.paymentgateway.invoker.ApiClient() {
            @Override
            protected Client buildHttpClient() {
                return null;
            }
        };
        this.paymentGateway = product("payment-gateway", "openapi/payment-gateway.yaml",
                paymentGatewayInvoker.getJSON(), paymentGatewayInvoker.getJSON().getMapper(),
                jersey -> new PaymentGatewayApi(paymentGatewayInvoker.setHttpClient(jersey).setBasePath(danaBase)
                        .setUserAgent(USER_AGENT)));

        var disbursementInvoker = new dev.danakit.client.disbursement.invoker.ApiClient() {
            @Override
            protected Client buildHttpClient() {
                return null;
            }
        };
        this.disbursement = product("disbursement", "openapi/disbursement.yaml", disbursementInvoker.getJSON(),
                disbursementInvoker.getJSON().getMapper(), jersey -> new DisbursementApi(
                        disbursementInvoker.setHttpClient(jersey).setBasePath(danaBase).setUserAgent(USER_AGENT)));

        var merchantInvoker = new dev.danakit.client.merchant.invoker.ApiClient() {
            @Override
            protected Client buildHttpClient() {
                return null;
            }
        };
        this.merchantManagement = product("merchant-management", "openapi/merchant-management.yaml",
                merchantInvoker.getJSON(), merchantInvoker.getJSON().getMapper(), jersey -> new MerchantManagementApi(
                        merchantInvoker.setHttpClient(jersey).setBasePath(danaBase).setUserAgent(USER_AGENT)));

        var authInvoker = new dev.danakit.client.auth.invoker.ApiClient() {
            @Override
            protected Client buildHttpClient() {
                return null;
            }
        };
        this.auth = product("auth", "openapi/auth.yaml", authInvoker.getJSON(), authInvoker.getJSON().getMapper(),
                jersey -> new AuthApi(authInvoker.setHttpClient(jersey).setBasePath(danaBase)
                        .setUserAgent(USER_AGENT)));

        var historyInvoker = new dev.danakit.client.transactionhistory.invoker.ApiClient() {
            @Override
            protected Client buildHttpClient() {
                return null;
            }
        };
        this.transactionHistory = product("transaction-history", "openapi/transaction-history.yaml",
                historyInvoker.getJSON(), historyInvoker.getJSON().getMapper(), jersey -> new TransactionHistoryApi(
                        historyInvoker.setHttpClient(jersey).setBasePath(danaBase).setUserAgent(USER_AGENT)));

        var qrisInvoker = new dev.danakit.client.qris.invoker.ApiClient() {
            @Override
            protected Client buildHttpClient() {
                return null;
            }
        };
        this.qris = product("qris", "openapi/qris.yaml", qrisInvoker.getJSON(), qrisInvoker.getJSON().getMapper(),
                jersey -> new QrisApi(qrisInvoker.setHttpClient(jersey).setBasePath(danaBase).setUserAgent(USER_AGENT)));

        var nicepayInvoker = new dev.danakit.client.nicepay.invoker.ApiClient() {
            @Override
            protected Client buildHttpClient() {
                return null;
            }
        };
        this.nicepay = product("nicepay", "openapi/nicepay-payloan.yaml", nicepayInvoker.getJSON(),
                nicepayInvoker.getJSON().getMapper(), jersey -> new NicepayPayloanApi(
                        nicepayInvoker.setHttpClient(jersey).setBasePath(nicepayBase).setUserAgent(USER_AGENT)));
    }

    /**
     * @param config the merchant's configuration
     * @return a ready client; close it when done
     */
    public static DanaClient create(DanaClientConfig config) {
        return new DanaClient(java.util.Objects.requireNonNull(config, "config"));
    }

    /** @return Widget: binding (apply token, OTT, unbinding), balance, widget payment and its follow-ups */
    public ProductClient<WidgetApi> widget() {
        return widget;
    }

    /** @return Payment Gateway: create, query, cancel and refund orders, consult pay (SNAP B2B) */
    public ProductClient<PaymentGatewayApi> paymentGateway() {
        return paymentGateway;
    }

    /** @return Disbursement: top-ups to DANA accounts, transfers to bank accounts and their inquiries */
    public ProductClient<DisbursementApi> disbursement() {
        return disbursement;
    }

    /** @return SNAP B2B access token (X-CLIENT-KEY, signature over clientId|X-TIMESTAMP) */
    public ProductClient<AuthApi> auth() {
        return auth;
    }

    /** @return QRIS acquiring: generate a dynamic QRIS (MPM), charge a scanned customer code (CPM) */
    public ProductClient<QrisApi> qris() {
        return qris;
    }

    /** @return a bound customer's transaction history (SNAP B2B2C) */
    public ProductClient<TransactionHistoryApi> transactionHistory() {
        return transactionHistory;
    }

    /** @return Merchant Management: merchant resources, shops, divisions (Open API envelope) */
    public ProductClient<MerchantManagementApi> merchantManagement() {
        return merchantManagement;
    }

    /** @return NICEPAY Payloan: remove a customer's user token */
    public ProductClient<NicepayPayloanApi> nicepay() {
        return nicepay;
    }

    /** @return the configuration this client was built from */
    public DanaClientConfig config() {
        return config;
    }

    @Override
    public void close() {
        for (ProductClient<?> product : List.of(widget, paymentGateway, disbursement, merchantManagement, auth,
                transactionHistory, nicepay)) {
            product.close();
        }
        validatorFactory.close();
    }

    private <A> ProductClient<A> product(String name, String specResource, ContextResolver<ObjectMapper> json,
            ObjectMapper mapper, Function<Client, A> wire) {
        OperationRoutes routes = OperationRoutes.fromSpecs(DanaClient.class.getClassLoader(), List.of(specResource));
        CallScopes scopes = new CallScopes();
        SecretMasker masker = new SecretMasker(mapper, 2048);
        ResponseDecoder decoder = new ResponseDecoder(mapper, config.responseCodeCatalog());
        SigningSettings settings = new SigningSettings(config.partnerId(), config.clientSecret().orElse(null),
                config.merchantPrivateKey(), config.channelId(), config.origin().orElse(null), config.clock(),
                config.externalIds());
        OpenApiVerifier verifier = config.verifyResponseSignatures()
                ? new OpenApiVerifier(config.danaPublicKey().orElseThrow(), config.clock(),
                        config.responseTimeTolerance())
                : null;

        Client jersey = jerseyClient()
                .register(JacksonFeature.class)
                .register(json)
                .register(new SigningFilter(settings, routes, mapper, validatorFactory.getValidator(), scopes, masker))
                .register(new SignedBodyInterceptor())
                .register(new ResponseCaptureFilter(verifier, decoder, scopes, masker))
                .build();
        A api = wire.apply(jersey);
        CallExecutor executor = new CallExecutor(scopes, decoder, config.retryPolicy(), config.listener(),
                new SecretMasker(mapper, 512));
        return new ProductClient<>(name, api, executor, jersey);
    }

    private ClientBuilder jerseyClient() {
        ClientBuilder builder = ClientBuilder.newBuilder();
        if (config.jerseyClient().isPresent()) {
            // the caller's connector, SSL and own providers; their client itself is left untouched
            Client own = config.jerseyClient().get();
            builder.withConfig(own.getConfiguration()).sslContext(own.getSslContext())
                    .hostnameVerifier(own.getHostnameVerifier());
        } else {
            // java.net.http: HttpURLConnection would drop ORIGIN (a restricted header) without a JVM-wide flag
            ClientConfig connector = new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider())
                    .property(JavaNetHttpClientProperties.HTTP_VERSION, HttpClient.Version.HTTP_1_1);
            builder.withConfig(connector);
        }
        builder.connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                // known length, no chunking: the exact signed bytes with a Content-Length
                .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.BUFFERED);
        config.proxy().ifPresent(proxy -> builder.property(ClientProperties.PROXY_URI, proxy.toString()));
        return builder;
    }

    private static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "DanaClient[" + config + "]";
    }
}
