package dev.danakit.contracts.verification;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.IgnoreMissingStateChange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.contracts.spec.SpecCatalog;
import dev.danakit.contracts.spec.SpecOperation;
import dev.danakit.sandbox.Sandbox;
import dev.danakit.sandbox.SandboxOptions;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.testing.TestKeyPairs;
import dev.danakit.signing.testing.TestSigner;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Verifies the sandbox (the offline DANA twin) as the provider of the merchant-to-DANA pacts the client's
 * consumer tests wrote. The pacts hold the spec's example values: each request is stamped and signed here,
 * at send time, with the merchant key the sandbox knows (a fresh X-EXTERNAL-ID each time, as DANA requires),
 * and the DANA-side state the example refers to (its customer token, auth code, order) is put in place first.
 * The interactions verified are those a faithful twin can produce from the pact's request: the successes (SNAP
 * 2xx, Open API S) and {@code 401xx00} (a signature that does not verify). Answers that need DANA-side conditions the request does
 * not carry (429, 5xx, Do Not Honor, ...) are left to the consumer side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@IgnoreMissingStateChange
abstract class SandboxProviderVerification {

    /** Provider states the sandbox can honour from the request alone. */
    static final String PRODUCIBLE = ".* answers (2\\d{6}|401\\d{2}00|S \\d{8}) .*";

    /** NICEPAY remove-token states the sandbox can honour: the user token active or not. */
    static final String NICEPAY_PRODUCIBLE = ".* answers (0000|9920) .*";

    private static final String NICEPAY_MERCHANT_KEY = "contract-test-nicepay-merchant-key";

    private final KeyPair merchantKeys = TestKeyPairs.rsa2048();
    private final TestSigner merchant = new TestSigner(merchantKeys.getPrivate(), Clock.systemUTC());
    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, SpecOperation> operationsByPath = SpecCatalog.shipped().danaSide().stream()
            .collect(Collectors.toMap(SpecOperation::path, Function.identity(), (a, b) -> a));
    private Path configDir;
    private Sandbox sandbox;

    @BeforeAll
    void startSandbox() throws IOException {
        configDir = Files.createTempDirectory("sandbox-provider");
        sandbox = Sandbox.start(SandboxOptions.defaults(configDir).withPort(0));
    }

    @AfterAll
    void stopSandbox() throws IOException {
        sandbox.close();
        try (var files = Files.walk(configDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        context.setTarget(new HttpTestTarget("127.0.0.1", sandbox.baseUri().getPort()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void verify(PactVerificationContext context, ClassicHttpRequest request) throws Exception {
        String state = context.getInteraction().getProviderStates().get(0).getName();
        prepareAndSign(request, state);
        context.verifyInteraction();
    }

    private void prepareAndSign(ClassicHttpRequest request, String state) throws IOException, URISyntaxException {
        boolean corruptSignature = state.matches(".* answers 401\\d{2}00 .*");
        String path = request.getUri().getRawPath();
        SpecOperation op = operationsByPath.get(path);
        if (op == null) {
            return; // not an operation of the specs: let the verification report it
        }
        byte[] body = EntityUtils.toByteArray(request.getEntity());
        JsonNode json = mapper.readTree(body);
        String clientId = clientId(request, json);
        sandbox.merchants().register(new Merchant(clientId, null, merchantKeys.getPublic(), null, null));
        putStateInPlace(clientId, request, json);
        byte[] tampered = "tampered".getBytes(StandardCharsets.UTF_8);
        switch (op.style()) {
            case "nicepay" -> body = nicepayRemoveToken(clientId, (ObjectNode) json, state);
            case "open-api" -> {
                ObjectNode value = (ObjectNode) json.get(OpenApiEnvelope.REQUEST);
                ((ObjectNode) value.path("head")).put("reqTime", SnapTimestamp.now(Clock.systemUTC()));
                byte[] valueBytes = mapper.writeValueAsBytes(value);
                body = OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, valueBytes,
                        OpenApiEnvelope.sign(merchantKeys.getPrivate(), corruptSignature ? tampered : valueBytes));
            }
            case "snap-token" -> {
                Map<String, String> headers = merchant.accessTokenHeaders(corruptSignature ? "x" + clientId : clientId);
                headers.put(SnapHeaders.X_CLIENT_KEY, clientId);
                headers.forEach(request::setHeader);
            }
            default -> {
                merchant.snapHeaders(request.getMethod(), path, corruptSignature ? tampered : body)
                        .forEach(request::setHeader);
                request.setHeader(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
            }
        }
        request.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
    }

    /**
     * NICEPAY remove-token: the example's iMid registered with a merchant key of this test, the merchantToken
     * made with it, and the user token active for a 0000 answer, inactive for 9920.
     */
    private byte[] nicepayRemoveToken(String clientId, ObjectNode json, String state) throws IOException {
        String iMid = json.path("iMid").asText();
        String userToken = json.path("userToken").asText();
        sandbox.merchants().register(new Merchant(clientId, null, merchantKeys.getPublic(), null, null, iMid,
                NICEPAY_MERCHANT_KEY));
        if (state.matches(".* answers 0000 .*")) {
            sandbox.fixtures().nicepayUserToken(iMid, userToken);
        } else {
            sandbox.fixtures().nicepayUserTokenInactive(iMid, userToken);
        }
        json.put("merchantToken", NicepayMerchantToken.removeToken(json.path("timeStamp").asText(), iMid, userToken,
                NICEPAY_MERCHANT_KEY));
        return mapper.writeValueAsBytes(json);
    }

    /** The customer token, auth code, refresh token or order the example request refers to. */
    private void putStateInPlace(String clientId, ClassicHttpRequest request, JsonNode json) {
        var customer = request.getFirstHeader("Authorization-Customer");
        if (customer != null) {
            sandbox.fixtures().customerTokens(clientId, customer.getValue().replaceFirst("^Bearer ", ""),
                    UUID.randomUUID().toString());
        }
        if (json.hasNonNull("authCode")) {
            sandbox.fixtures().authCode(clientId, json.get("authCode").asText());
        }
        if (json.hasNonNull("refreshToken")) {
            sandbox.fixtures().customerTokens(clientId, UUID.randomUUID().toString(), json.get("refreshToken").asText());
        }
        if (json.hasNonNull("originalPartnerReferenceNo")) {
            sandbox.fixtures().paidOrder(clientId, json.get("originalPartnerReferenceNo").asText(),
                    json.path("merchantId").asText(null), "100000000.00");
        }
    }

    private static String clientId(ClassicHttpRequest request, JsonNode json) {
        for (String name : new String[] {SnapHeaders.X_PARTNER_ID, SnapHeaders.X_CLIENT_KEY}) {
            var header = request.getFirstHeader(name);
            if (header != null) {
                return header.getValue();
            }
        }
        return json.path(OpenApiEnvelope.REQUEST).path("head").path("clientId").asText("sandbox-merchant");
    }
}
