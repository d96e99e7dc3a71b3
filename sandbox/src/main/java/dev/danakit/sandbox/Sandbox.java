package dev.danakit.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.sandbox.admin.QrisAdminResource;
import dev.danakit.sandbox.binding.BindingPageResource;
import dev.danakit.sandbox.admin.SandboxAdminResource;
import dev.danakit.sandbox.demo.DemoMerchant;
import dev.danakit.sandbox.demo.DemoResource;
import dev.danakit.sandbox.demo.DemoSigner;
import dev.danakit.sandbox.docs.DocsHandler;
import dev.danakit.sandbox.docs.SpecIndex;
import dev.danakit.sandbox.generated.auth.api.AuthApi;
import dev.danakit.sandbox.generated.disbursement.api.DisbursementApi;
import dev.danakit.sandbox.generated.history.api.TransactionHistoryApi;
import dev.danakit.sandbox.generated.merchant.api.MerchantManagementApi;
import dev.danakit.sandbox.generated.nicepay.api.NicepayPayloanApi;
import dev.danakit.sandbox.generated.payment.api.PaymentGatewayApi;
import dev.danakit.sandbox.generated.qris.api.QrisApi;
import dev.danakit.sandbox.generated.widget.api.WidgetApi;
import dev.danakit.sandbox.http.DanaErrorMapper;
import dev.danakit.sandbox.http.DanaRequestFilter;
import dev.danakit.sandbox.http.ExternalIdLedger;
import dev.danakit.sandbox.http.LenientBodies;
import dev.danakit.sandbox.http.SandboxJson;
import dev.danakit.sandbox.http.SnapResponseTimestamp;
import dev.danakit.sandbox.keys.DanaKeyPair;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.sandbox.outcomes.OutcomeResource;
import dev.danakit.sandbox.outcomes.OutcomeRules;
import dev.danakit.sandbox.server.InstanceResources;
import dev.danakit.sandbox.server.SandboxHttpServer;
import dev.danakit.sandbox.spec.SuccessExamples;
import dev.danakit.sandbox.twin.CallbackDelivery;
import dev.danakit.sandbox.twin.CustomerTokens;
import dev.danakit.sandbox.twin.DisbursementTwin;
import dev.danakit.sandbox.twin.ExampleAnswers;
import dev.danakit.sandbox.twin.FinishNotifier;
import dev.danakit.sandbox.twin.IdempotencyLedger;
import dev.danakit.sandbox.twin.MerchantManagementTwin;
import dev.danakit.sandbox.twin.NicepayTokens;
import dev.danakit.sandbox.twin.NicepayTwin;
import dev.danakit.sandbox.twin.Notifications;
import dev.danakit.sandbox.twin.Orders;
import dev.danakit.sandbox.twin.PaymentTwin;
import dev.danakit.sandbox.twin.QrisFinishNotifier;
import dev.danakit.sandbox.twin.QrisOrders;
import dev.danakit.sandbox.twin.QrisTwin;
import dev.danakit.sandbox.qris.CustomerCodes;
import dev.danakit.sandbox.twin.SandboxFixtures;
import dev.danakit.sandbox.twin.SpecTwin;
import dev.danakit.sandbox.twin.TransferBankNotifier;
import dev.danakit.sandbox.twin.TransferResource;
import dev.danakit.sandbox.twin.Transfers;
import dev.danakit.sandbox.twin.UnbindNotifier;
import dev.danakit.sandbox.twin.WidgetTwin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.model.Resource;

/**
 * A running DANA twin: the DANA-side operations of the specs, Swagger UI and the raw specs, on one
 * Grizzly server. Everything lives in this instance; two sandboxes in one JVM share nothing.
 */
public final class Sandbox implements AutoCloseable {

    /** The generated interfaces of the DANA-side specs: every operation in them is served. */
    private static final List<Class<?>> DANA_APIS = List.of(WidgetApi.class, MerchantManagementApi.class,
            PaymentGatewayApi.class, DisbursementApi.class, AuthApi.class, TransactionHistoryApi.class,
            NicepayPayloanApi.class, QrisApi.class);

    /** The spec of the callbacks the sandbox sends (as DANA does) to merchants. */
    private static final String MERCHANT_CALLBACKS = "merchant-callbacks.yaml";

    private final HttpServer server;
    private final URI baseUri;
    private final DanaKeyPair keys;
    private final MerchantRegistry merchants;
    private final CallbackDelivery delivery;
    private final List<String> specs;
    private final SandboxFixtures fixtures;
    private final DemoMerchant demo;

    private Sandbox(HttpServer server, URI baseUri, DanaKeyPair keys, MerchantRegistry merchants,
                    CallbackDelivery delivery, List<String> specs, SandboxFixtures fixtures, DemoMerchant demo) {
        this.fixtures = fixtures;
        this.demo = demo;
        this.server = server;
        this.baseUri = baseUri;
        this.keys = keys;
        this.merchants = merchants;
        this.delivery = delivery;
        this.specs = specs;
    }

    /**
     * Starts a sandbox and returns once it listens.
     *
     * @param options where to listen and keep keys
     * @return the running sandbox
     */
    public static Sandbox start(SandboxOptions options) {
        ClassLoader loader = Sandbox.class.getClassLoader();
        List<String> specs = SpecIndex.load(loader);
        OperationTable operations = OperationTable.dana();
        DanaKeyPair keys = DanaKeyPair.loadOrCreate(options.configDir());
        Clock clock = Clock.systemUTC();
        SandboxJson json = new SandboxJson();
        MerchantRegistry merchants = new MerchantRegistry();
        CustomerTokens tokens = new CustomerTokens(clock);
        DanaAnswers answers = new DanaAnswers(keys.privateKey(), clock);
        DanaErrorMapper errors = new DanaErrorMapper(answers);
        CallbackDelivery delivery = new CallbackDelivery(options.notifyRetrySchedule(), clock);
        Notifications notifications = new Notifications(json.mapper(), keys.privateKey(), clock, delivery);
        UnbindNotifier unbindNotifier = new UnbindNotifier(operations.operation(MERCHANT_CALLBACKS, "unbindNotify"),
                notifications, options.timestampTolerance());

        DanaRequestFilter requests = new DanaRequestFilter(new DanaRequestFilter.Settings(operations, merchants,
                new ExternalIdLedger(clock), clock, options.timestampTolerance(), options.relaxedSignatures(),
                LenientBodies.of(json.mapper(), loader, specs)),
                answers, json.mapper());
        ExampleAnswers examples = new ExampleAnswers(SuccessExamples.load(specs, loader), json.mapper());
        Orders orders = new Orders(clock);
        FinishNotifier finishNotifier = new FinishNotifier(operations.operation(MERCHANT_CALLBACKS, "finishNotify"),
                notifications);
        NicepayTokens nicepayTokens = new NicepayTokens();
        QrisOrders qrisOrders = new QrisOrders();
        CustomerCodes customerCodes = new CustomerCodes(clock);
        Transfers transfers = new Transfers(clock);
        List<Object> behaviour = List.of(new WidgetTwin(tokens, merchants, unbindNotifier),
                new PaymentTwin(orders, examples), new MerchantManagementTwin(answers, json.mapper()),
                new DisbursementTwin(transfers, examples, new TransferBankNotifier(
                        operations.operation(MERCHANT_CALLBACKS, "transferBankNotify"), notifications)),
                new NicepayTwin(merchants, nicepayTokens), new QrisTwin(orders, qrisOrders, customerCodes, examples, clock));
        IdempotencyLedger idempotency = new IdempotencyLedger();
        OutcomeRules outcomes = OutcomeRules.load(loader);
        SandboxFixtures fixtures = new SandboxFixtures(tokens, orders, nicepayTokens);
        DemoMerchant demo = DemoMerchant.install(options.configDir(), merchants, fixtures);

        ResourceConfig app = new ResourceConfig()
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                .property(ServerProperties.BV_SEND_ERROR_IN_RESPONSE, false)
                .register(JacksonFeature.withoutExceptionMappers())
                .register(json)
                .register(requests)
                .register(new SnapResponseTimestamp(clock))
                .register(errors)
                .register(new DanaErrorMapper.Violations(errors))
                .registerResources(
                        InstanceResources.of(new SandboxAdminResource(keys, merchants, tokens, unbindNotifier, delivery,
                                orders, finishNotifier, nicepayTokens)),
                        InstanceResources.of(new BindingPageResource(merchants, tokens)),
                        InstanceResources.of(new QrisAdminResource(qrisOrders, orders, customerCodes, merchants,
                                new QrisFinishNotifier(operations.operation(MERCHANT_CALLBACKS, "finishNotify"),
                                        notifications), clock)),
                        InstanceResources.of(new OutcomeResource(outcomes, loader, servedPaths())),
                        InstanceResources.of(new TransferResource(transfers)),
                        InstanceResources.of(new DemoResource(demo,
                                new DemoSigner(operations, demo, new ObjectMapper(), clock))));

        Set<String> servedPaths = new HashSet<>();
        for (Class<?> api : DANA_APIS) {
            List<Resource> resources = SpecTwin.resources(api,
                    SpecTwin.implement(api, behaviour, requests, examples, idempotency, answers, json.mapper(), outcomes));
            resources.forEach(resource -> servedPaths.add("/" + resource.getPath().replaceFirst("^/", "")));
            app.registerResources(Set.copyOf(resources));
        }
        // Swagger UI sends "Try it out" to the first server of a spec this sandbox answers
        Set<String> servedSpecs = new HashSet<>();
        operations.operations().stream().filter(operation -> servedPaths.contains(operation.path()))
                .forEach(operation -> servedSpecs.add(operation.spec()));

        URI requested = URI.create("http://" + hostLiteral(options.host()) + ":" + options.port() + "/");
        HttpServer server = SandboxHttpServer.create(options.host(), options.port(), app,
                new DocsHandler(loader, specs, servedSpecs), SandboxHttpServer.Limits.DEFAULT);
        try {
            server.start();
        } catch (IOException e) {
            delivery.close();
            throw new UncheckedIOException("cannot listen on " + requested, e);
        }
        NetworkListener listener = server.getListeners().iterator().next();
        URI baseUri = URI.create("http://" + hostLiteral(options.host()) + ":" + listener.getPort());
        return new Sandbox(server, baseUri, keys, merchants, delivery, specs, fixtures, demo);
    }

    /** @return the paths of the DANA operations a sandbox serves (those of the generated interfaces it implements) */
    public static Set<String> servedPaths() {
        Set<String> paths = new HashSet<>();
        for (Class<?> api : DANA_APIS) {
            paths.addAll(SpecTwin.paths(api));
        }
        return paths;
    }

    /** @return e.g. {@code http://127.0.0.1:8080} (no trailing slash) */
    public URI baseUri() {
        return baseUri;
    }

    /** @return DANA's key pair of this sandbox */
    public DanaKeyPair danaKeys() {
        return keys;
    }

    /** @return the registered merchants (tests and the command line register through it) */
    public MerchantRegistry merchants() {
        return merchants;
    }

    /** @return callback delivery attempts so far */
    public List<CallbackDelivery.Attempt> deliveries() {
        return delivery.log();
    }

    /** @return direct access to DANA-side state, for contracts and demos */
    public SandboxFixtures fixtures() {
        return fixtures;
    }

    /** @return the built-in demo merchant that "Try it out" and the banner's command sign for */
    public DemoMerchant demo() {
        return demo;
    }

    /** @return the published spec file names */
    public List<String> specs() {
        return specs;
    }

    /** Stops at once: listening, open connections and callback retries. */
    @Override
    public void close() {
        delivery.close();
        server.shutdownNow();
    }

    /**
     * Stops listening, lets in-flight requests finish within {@code grace}, then stops.
     *
     * @param grace longest wait for in-flight requests
     */
    public void closeGracefully(Duration grace) {
        delivery.close();
        try {
            server.shutdown(grace.toMillis(), TimeUnit.MILLISECONDS).get(grace.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // fall through to the hard stop
        }
        server.shutdownNow();
    }

    private static String hostLiteral(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
