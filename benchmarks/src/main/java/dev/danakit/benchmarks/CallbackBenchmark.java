package dev.danakit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.callbacks.DanaCallbacks;
import dev.danakit.callbacks.http.CallbackObjectMapper;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import dev.danakit.callbacks.ledger.LedgerClaim;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.callbacks.ledger.NotificationLedger;
import dev.danakit.signing.testing.TestSigner;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One Finish Notify through the whole callback path in process: raw bytes → Jersey → verification filter →
 * tolerant binding → validation → ledger → handler → answer written, against its floor in the same run: one JDK
 * {@code SHA256withRSA} verify (1 KB) and SHA-256 of the body plus that verify (64 KB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallbackBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T05:00:00Z"), ZoneOffset.UTC);
    private static final String PATH = "/v2/dana/callback-qris";

    @Param({"1024", "65536"})
    public int size;

    private ApplicationHandler app;
    private ApplicationHandler bare;
    private ObjectMapper mapper;
    private Validator validator;
    private FinishNotifyRequest model;
    private byte[] body;
    private Map<String, String> headers;
    private KeyPair dana;
    private byte[] stringToSign;
    private byte[] signature;

    /** What Jersey costs by itself: a resource that takes the bytes and answers a fixed SNAP success. */
    @Path(PATH)
    public static final class BareResource {
        private static final byte[] ANSWER = "{\"responseCode\":\"2005600\",\"responseMessage\":\"Successful\"}"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        /**
         * @param body the request bytes
         * @return a fixed answer
         */
        @POST
        @Consumes("application/json")
        @Produces("application/json")
        public byte[] take(byte[] body) {
            return ANSWER;
        }
    }

    /** Every node reachable and cascadable, as in the callbacks' validation. */
    static final class EveryNode implements jakarta.validation.TraversableResolver {
        @Override
        public boolean isReachable(Object bean, jakarta.validation.Path.Node node, Class<?> rootBeanType,
                jakarta.validation.Path pathToNode, java.lang.annotation.ElementType elementType) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, jakarta.validation.Path.Node node, Class<?> rootBeanType,
                jakarta.validation.Path pathToNode, java.lang.annotation.ElementType elementType) {
            return true;
        }
    }

    /** A ledger that never remembers, so every invocation runs the handler. */
    static final class ForgetfulLedger implements NotificationLedger {
        @Override
        public LedgerClaim claim(NotificationId id) {
            return new LedgerClaim() {
                @Override
                public boolean alreadyProcessed() {
                    return false;
                }

                @Override
                public void recordProcessed(String outcome) {
                }

                @Override
                public void close() {
                }
            };
        }

        @Override
        public Optional<String> outcome(NotificationId id) {
            return Optional.empty();
        }
    }

    @Setup
    public void setUp() throws Exception {
        dana = BenchmarkKeys.rsa2048();
        KeyPair merchant = BenchmarkKeys.rsa2048();
        body = Bodies.finishNotify(size);
        TestSigner signer = new TestSigner(dana.getPrivate(), CLOCK);
        headers = signer.snapHeaders("POST", PATH, body, signer.timestamp());
        headers.put("X-PARTNER-ID", "2024051300000000001");
        headers.put("X-EXTERNAL-ID", "6d2a3c1e-8f0b-4b9e-a1d2-7c5e9f0a3b11");
        headers.put("CHANNEL-ID", "95221");
        app = new ApplicationHandler(new ResourceConfig().register(DanaCallbacks.builder()
                .danaPublicKey(dana.getPublic()).merchantPrivateKey(merchant.getPrivate()).clock(CLOCK)
                .ledger(new ForgetfulLedger()).finishNotify((a, b, c, d, e, request) -> null, PATH).build()));
        String hash = java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        stringToSign = ("POST:" + PATH + ":" + hash + ":" + headers.get("X-TIMESTAMP"))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        signature = java.util.Base64.getDecoder().decode(headers.get("X-SIGNATURE"));
        bare = new ApplicationHandler(new ResourceConfig().register(BareResource.class));
        mapper = CallbackObjectMapper.create(1 << 20);
        model = mapper.readValue(body, FinishNotifyRequest.class);
        // the callbacks' configuration (CallbackValidation): no traversability resolved per node, no EL
        validator = jakarta.validation.Validation.byProvider(org.hibernate.validator.HibernateValidator.class)
                .configure().traversableResolver(new EveryNode()).enableTraversableResolverResultCache(false)
                .messageInterpolator(new org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        if (deliver() != 200 || jerseyAlone() != 200 || !validator.validate(model).isEmpty()) {
            throw new IllegalStateException("the benchmark's callback is not accepted");
        }
    }

    /** @return HTTP status of one delivery through the whole JAX-RS path */
    @Benchmark
    public int deliver() throws Exception {
        return post(app);
    }

    private int post(ApplicationHandler handler) throws Exception {
        ContainerRequest request = new ContainerRequest(URI.create("http://127.0.0.1/"),
                URI.create("http://127.0.0.1" + PATH), "POST", null, new org.glassfish.jersey.internal.MapPropertiesDelegate(),
                handler.getConfiguration());
        request.header("Content-Type", "application/json");
        headers.forEach(request::header);
        request.setEntityStream(new ByteArrayInputStream(body));
        ContainerResponse response = handler.apply(request).get();
        return response.getStatus();
    }

    /** @return HTTP status of the same request through Jersey to a resource that only takes the bytes */
    @Benchmark
    public int jerseyAlone() throws Exception {
        return post(bare);
    }

    /** @return the body bound to the generated model in one Jackson pass (what the kit's binding does at best) */
    @Benchmark
    public Object jacksonBindAlone() throws Exception {
        return mapper.readValue(body, FinishNotifyRequest.class);
    }

    /** @return Hibernate Validator over the bound model (the constraints of the generated model, cascaded) */
    @Benchmark
    public int beanValidationAlone() {
        return validator.validate(model).size();
    }

    /** @return the floor: SHA-256 of the body and one JDK verify of the string to sign */
    @Benchmark
    public boolean verifyFloor() throws Exception {
        MessageDigest.getInstance("SHA-256").digest(body);
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(dana.getPublic());
        verifier.update(stringToSign);
        return verifier.verify(signature);
    }

    /** @return one JDK verify alone (the 1 KB floor) */
    @Benchmark
    public boolean rsaVerifyAlone() throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(dana.getPublic());
        verifier.update(stringToSign);
        return verifier.verify(signature);
    }
}
