package dev.danakit.examples.consumer;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.State;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.danakit.callbacks.DanaCallbacks;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.testing.TestSigner;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
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
 * The merchant's callback service, as the README's "Verifying your merchant callback service" describes it:
 * {@link DanaCallbacks} around the merchant's handlers on an embedded server, verified against the pacts of the
 * published {@code dana-contract-tests:pacts} archive (unpacked to target/pacts). The pacts hold placeholder
 * signatures: each request is signed here at send time, with a test key pair whose public half the service trusts
 * as DANA's; the provider state says whether to corrupt it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CallbacksPactVerification {

    private static final String NICEPAY_MERCHANT_KEY = "consumer-smoke-merchant-key";

    private final KeyPair danaKeys = rsa();
    private final TestSigner dana = new TestSigner(danaKeys.getPrivate(), Clock.systemUTC());
    private final ObjectMapper mapper = new ObjectMapper();
    private HttpServer server;
    private boolean corrupt;

    @BeforeAll
    void startService() {
        DanaCallbacks callbacks = DanaCallbacks.builder()
                .danaPublicKey(danaKeys.getPublic())
                .merchantPrivateKey(rsa().getPrivate())
                .finishNotify(new Merchant())
                .transferBankNotify(new Merchant())
                .unbindNotify(new Merchant())
                .nicepayTokenNotification(new Merchant(), NICEPAY_MERCHANT_KEY)
                .build();
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), new ResourceConfig().register(callbacks));
    }

    @AfterAll
    void stopService() {
        server.stop(0);
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", server.getAddress().getPort()));
    }

    @State("the notification is signed by its sender")
    void signed() {
        corrupt = false;
    }

    @State("the notification's signature does not verify")
    void badlySigned() {
        corrupt = true;
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, ClassicHttpRequest request) throws Exception {
        byte[] body = EntityUtils.toByteArray(request.getEntity());
        JsonNode json = mapper.readTree(body);
        if (json.has(OpenApiEnvelope.REQUEST)) { // DANA Open API: new reqTime, envelope signature over "request"
            ObjectNode value = (ObjectNode) json.get(OpenApiEnvelope.REQUEST);
            ((ObjectNode) value.path("head")).put("reqTime", SnapTimestamp.now(Clock.systemUTC()));
            byte[] bytes = mapper.writeValueAsBytes(value);
            body = OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, bytes,
                    OpenApiEnvelope.sign(danaKeys.getPrivate(), corrupt ? "tampered".getBytes(StandardCharsets.UTF_8) : bytes));
        } else if (json.has("merchantToken")) { // NICEPAY: merchantToken over the notification's fields
            ((ObjectNode) json).put("merchantToken", NicepayMerchantToken.tokenDeactivatedNotification(
                    json.path("iMid").asText(), json.path("userToken").asText(), json.path("clientUserKey").asText(),
                    corrupt ? "not-" + NICEPAY_MERCHANT_KEY : NICEPAY_MERCHANT_KEY));
            body = mapper.writeValueAsBytes(json);
        } else { // SNAP: X-TIMESTAMP and X-SIGNATURE over the exact bytes sent
            byte[] signedOver = corrupt ? "tampered".getBytes(StandardCharsets.UTF_8) : body;
            dana.snapHeaders(request.getMethod(), request.getUri().getRawPath(), signedOver).forEach(request::setHeader);
        }
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        context.verifyInteraction();
    }

    private static KeyPair rsa() {
        try {
            return KeyPairGenerator.getInstance("RSA").generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
