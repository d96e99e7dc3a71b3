package dev.danakit.contracts.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.danakit.callbacks.DanaCallbacks;
import dev.danakit.contracts.consumer.Delivery;
import dev.danakit.contracts.spec.SpecCatalog;
import dev.danakit.contracts.spec.SpecOperation;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.testing.TestKeyPairs;
import dev.danakit.signing.testing.TestSigner;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the server stubs ({@link DanaCallbacks} with a reference merchant) against the DANA → merchant
 * pacts on an embedded Jersey server. The pacts hold placeholder signatures: each request is stamped and
 * signed here, at send time, as DANA (or NICEPAY) would; the provider state says whether to corrupt it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CallbackProviderVerification {

    private static final String NICEPAY_MERCHANT_KEY = "contract-test-merchant-key";

    private final KeyPair danaKeys = TestKeyPairs.rsa2048();
    private final TestSigner dana = new TestSigner(danaKeys.getPrivate(), Clock.systemUTC());
    private final ObjectMapper mapper = new ObjectMapper();
    private final ReferenceMerchant merchant = new ReferenceMerchant();
    private final Map<String, SpecOperation> callbacksByPath = SpecCatalog.shipped().callbacks().stream()
            .collect(Collectors.toMap(SpecOperation::path, Function.identity()));
    private HttpServer server;
    private boolean corruptSignature;

    @BeforeAll
    void startMerchantServer() {
        DanaCallbacks callbacks = DanaCallbacks.builder()
                .danaPublicKey(danaKeys.getPublic())
                .merchantPrivateKey(TestKeyPairs.rsa2048().getPrivate())
                .finishNotify(merchant)
                .transferBankNotify(merchant)
                .unbindNotify(merchant)
                .nicepayTokenNotification(merchant, NICEPAY_MERCHANT_KEY)
                .build();
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"),
                new ResourceConfig().register(callbacks));
    }

    @AfterAll
    void stopMerchantServer() {
        server.stop(0);
    }

    /**
     * Only the accepted deliveries of each callback (one per request example) may reach the merchant's code;
     * refused ones stop in the kit.
     */
    @AfterAll
    void onlyAcceptedDeliveriesReachedTheMerchant() {
        String provider = getClass().getAnnotation(Provider.class).value();
        List<String> expected = callbacksByPath.values().stream()
                .filter(op -> Delivery.parties(op)[1].equals(provider))
                .flatMap(op -> java.util.Collections.nCopies(Math.max(1, op.requestExamples().size()), op.id()).stream())
                .sorted().toList();
        assertEquals(expected, merchant.handled().stream().map(h -> h.substring(0, h.indexOf(' '))).sorted().toList());
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", server.getAddress().getPort()));
    }

    @State(Delivery.States.SIGNED)
    void signedBySender() {
        corruptSignature = false;
    }

    @State(Delivery.States.BADLY_SIGNED)
    void signatureDoesNotVerify() {
        corruptSignature = true;
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, ClassicHttpRequest request) throws Exception {
        signAtSendTime(request);
        context.verifyInteraction();
    }

    private void signAtSendTime(ClassicHttpRequest request) throws IOException, java.net.URISyntaxException {
        String path = request.getUri().getRawPath();
        SpecOperation op = callbacksByPath.get(path);
        if (op == null) {
            return; // not a callback of the specs: let the verification report it
        }
        byte[] body = EntityUtils.toByteArray(request.getEntity());
        switch (op.style()) {
            case "open-api" -> {
                ObjectNode envelope = (ObjectNode) mapper.readTree(body);
                ((ObjectNode) envelope.path(OpenApiEnvelope.REQUEST).path("head"))
                        .put("reqTime", SnapTimestamp.now(Clock.systemUTC()));
                byte[] value = mapper.writeValueAsBytes(envelope.get(OpenApiEnvelope.REQUEST));
                byte[] signedOver = corruptSignature ? "tampered".getBytes(StandardCharsets.UTF_8) : value;
                body = OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, value,
                        OpenApiEnvelope.sign(danaKeys.getPrivate(), signedOver));
            }
            case "nicepay" -> {
                ObjectNode notification = (ObjectNode) mapper.readTree(body);
                String token = NicepayMerchantToken.tokenDeactivatedNotification(notification.path("iMid").asText(),
                        notification.path("userToken").asText(), notification.path("clientUserKey").asText(),
                        corruptSignature ? "not-" + NICEPAY_MERCHANT_KEY : NICEPAY_MERCHANT_KEY);
                notification.put("merchantToken", token);
                body = mapper.writeValueAsBytes(notification);
            }
            default -> {
                byte[] signedOver = corruptSignature ? "tampered".getBytes(StandardCharsets.UTF_8) : body;
                dana.snapHeaders(request.getMethod(), path, signedOver).forEach(request::setHeader);
            }
        }
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
    }
}
