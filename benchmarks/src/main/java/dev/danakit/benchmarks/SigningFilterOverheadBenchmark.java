package dev.danakit.benchmarks;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.http.RetryPolicy;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.signing.snap.SnapAsymmetric;
import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the client's signing path costs on top of the RSA-2048 signature it must compute anyway: one Apply OTT
 * through the generated API method and {@code DanaClient} (Bean Validation, one serialisation, minify + hash,
 * headers, signature, Jersey's request and response processing), stopped by a last filter just before the wire,
 * beside one RSA-2048 SNAP signature of the same bytes. No network: the difference is the client's own work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigningFilterOverheadBenchmark {

    private static final String PATH = "/rest/v1.1/qr/apply-ott";
    private static final String TIMESTAMP = "2024-05-13T10:15:30+07:00";
    private static final String TOKEN = "4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN";
    private static final String ANSWER = "{\"responseCode\":\"2004900\",\"responseMessage\":\"Successful\","
            + "\"userResources\":[{\"resourceType\":\"OTT\",\"value\":\"9kQ2mW7xR4tY1uI8oP3aS6dF0gH5jK2lZ7xC4vB1\"}]}";

    /** Runs after the signing filter and answers in its place, so nothing goes out. */
    @Priority(Integer.MAX_VALUE)
    public static final class AnswerBeforeTheWire implements ClientRequestFilter {
        @Override
        public void filter(jakarta.ws.rs.client.ClientRequestContext context) {
            context.abortWith(Response.ok(ANSWER, MediaType.APPLICATION_JSON_TYPE).build());
        }
    }

    private KeyPair merchant;
    private DanaClient dana;
    private ApplyOttRequest request;
    private byte[] body;

    /** Builds the key pair, the client (with the short-circuit filter) and the request. */
    @Setup
    public void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        merchant = generator.generateKeyPair();
        dana = DanaClient.create(DanaClientConfig.builder()
                .baseUrl(URI.create("http://127.0.0.1:9"))
                .jerseyClient(ClientBuilder.newBuilder().register(AnswerBeforeTheWire.class).build())
                .partnerId("2024051300000000001").merchantPrivateKey(merchant.getPrivate())
                .verifyResponseSignatures(false).origin("https://merchant.example")
                .retryPolicy(RetryPolicy.none()).build());
        request = new ApplyOttRequest().userResources(List.of("OTT"))
                .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken(TOKEN));
        body = ("{\"userResources\":[\"OTT\"],\"additionalInfo\":{\"accessToken\":\"" + TOKEN + "\"}}")
                .getBytes(StandardCharsets.UTF_8);
        if (!"2004900".equals(signedCallStoppedBeforeTheWire().getResponseCode())) {
            throw new IllegalStateException("the short-circuit answer did not come back");
        }
    }

    /** Closes the client. */
    @TearDown
    public void tearDown() {
        dana.close();
    }

    /** @return the answer of one signed call that never leaves the JVM */
    @Benchmark
    public ApplyOttResponse signedCallStoppedBeforeTheWire() throws Exception {
        return dana.widget().api().applyOtt("Bearer " + TOKEN, "device-77", request, null, null, null);
    }

    /** @return one RSA-2048 SNAP signature over the same body: the work no client can avoid */
    @Benchmark
    public String rsaSignOnly() {
        return SnapAsymmetric.sign(merchant.getPrivate(), "POST", PATH, body, TIMESTAMP);
    }
}
