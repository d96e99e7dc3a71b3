package dev.danakit.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.http.RetryPolicy;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.client.widget.invoker.JSON;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One Apply OTT call (SNAP B2B2C) to a local server on 127.0.0.1: through {@link DanaClient} (Bean Validation, one
 * serialisation, SNAP signature with RSA-2048, Jersey, one decoding into the model and the code, typed outcome)
 * beside its floor, {@link #jdkFloorSignedCall}: the JDK HttpClient posting the same bytes with the same headers,
 * signed each call with nothing but the JDK (SHA-256, hex, {@code Signature} SHA256withRSA, Base64). The ratio of
 * the two, measured in the same run, is what the client adds to the work no client can avoid.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// the JDK server otherwise writes headers and body as two segments and the client's delayed ACK adds ~40 ms
@Fork(jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class ClientCallBenchmark {

    private static final String PATH = "/rest/v1.1/qr/apply-ott";
    /** SNAP's X-TIMESTAMP: ISO-8601 with the +07:00 offset, to the second. */
    private static final DateTimeFormatter JAKARTA_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(ZoneOffset.ofHours(7));
    private static final byte[] ANSWER = ("{\"responseCode\":\"2004900\",\"responseMessage\":\"Successful\","
            + "\"userResources\":[{\"resourceType\":\"OTT\",\"value\":\"9kQ2mW7xR4tY1uI8oP3aS6dF0gH5jK2lZ7xC4vB1\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private ExecutorService serverThreads;
    private DanaClient dana;
    private ApplyOttRequest request;
    private HttpClient jdk;
    private HttpRequest precomputed;
    private jakarta.ws.rs.client.Client jersey;
    private jakarta.ws.rs.client.WebTarget jerseyTarget;
    private jakarta.ws.rs.client.Client exact;
    private jakarta.ws.rs.client.WebTarget exactTarget;
    private PrivateKey merchantKey;
    private byte[] body;
    private URI target;
    private final Clock clock = Clock.systemUTC();

    /** Starts the local server, builds both clients and the precomputed request. */
    @Setup
    public void setUp() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, ANSWER.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(ANSWER);
                }
            } catch (IOException ignored) {
                // client went away
            }
        });
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair merchant = generator.generateKeyPair();
        dana = DanaClient.create(DanaClientConfig.builder().baseUrl(base).partnerId("2024051300000000001")
                .merchantPrivateKey(merchant.getPrivate()).verifyResponseSignatures(false)
                .origin("https://merchant.example").retryPolicy(RetryPolicy.none()).build());
        request = new ApplyOttRequest().userResources(List.of("OTT")).additionalInfo(
                new ApplyOttRequestAdditionalInfo().accessToken("4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN"));

        merchantKey = merchant.getPrivate();
        target = base.resolve(PATH);
        // the very bytes DanaClient sends for this request
        body = new JSON().getMapper().writeValueAsBytes(request);
        String timestamp = "2024-05-13T10:15:30+07:00";
        String signature = SnapAsymmetric.sign(merchant.getPrivate(), "POST", PATH, body, timestamp);
        jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        jersey = jakarta.ws.rs.client.ClientBuilder.newClient(new org.glassfish.jersey.client.ClientConfig()
                .connectorProvider(new org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider())
                .property(org.glassfish.jersey.jnh.connector.JavaNetHttpClientProperties.HTTP_VERSION,
                        HttpClient.Version.HTTP_1_1)
                .property(org.glassfish.jersey.client.ClientProperties.REQUEST_ENTITY_PROCESSING,
                        org.glassfish.jersey.client.RequestEntityProcessing.BUFFERED));
        jerseyTarget = jersey.target(base.resolve(PATH));
        exact = jakarta.ws.rs.client.ClientBuilder.newClient(new org.glassfish.jersey.client.ClientConfig()
                .connectorProvider(new dev.danakit.client.http.ExactBytesConnectorProvider()));
        exactTarget = exact.target(base.resolve(PATH));
        precomputed = signedRequest(timestamp, signature, "bench-1");
    }

    /** @return the typed outcome of one signed call through DanaClient */
    @Benchmark
    public Outcome<ApplyOttResponse> danaClientSignedCall() {
        Outcome<ApplyOttResponse> outcome = dana.widget().call(api -> api.applyOtt(
                "Bearer 4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN", "device-77", request, null, null, null));
        if (!outcome.isSuccess()) {
            throw new IllegalStateException(outcome.toString());
        }
        return outcome;
    }

    /**
     * The floor: what any merchant must do for this call, with the JDK alone and nothing reused from the kit.
     *
     * @return the raw answer
     */
    @Benchmark
    public byte[] jdkFloorSignedCall() throws Exception {
        String timestamp = JAKARTA_TIME.format(java.time.ZonedDateTime.now(clock));
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        String stringToSign = "POST:" + PATH + ":" + HexFormat.of().formatHex(sha256.digest(body)) + ":" + timestamp;
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(merchantKey);
        signer.update(stringToSign.getBytes(StandardCharsets.UTF_8));
        String signature = Base64.getEncoder().encodeToString(signer.sign());
        return send(signedRequest(timestamp, signature, UUID.randomUUID().toString()));
    }

    /** The request DanaClient sends for this call, with the given signature: the JDK builder alone. */
    private HttpRequest signedRequest(String timestamp, String signature, String externalId) {
        return HttpRequest.newBuilder(target)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-TIMESTAMP", timestamp).header("X-SIGNATURE", signature)
                .header("X-PARTNER-ID", "2024051300000000001").header("X-EXTERNAL-ID", externalId)
                .header("CHANNEL-ID", "95221").header("ORIGIN", "https://merchant.example")
                .header("Authorization-Customer", "Bearer 4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN")
                .header("X-DEVICE-ID", "device-77")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private byte[] send(HttpRequest request) throws Exception {
        HttpResponse<byte[]> response = jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("status " + response.statusCode());
        }
        return response.body();
    }

    /**
     * Jersey alone: the client's kind of Jersey client (java.net.http connector, HTTP/1.1, buffered entity) posting
     * the precomputed request; beside {@link #jdkHttpClientPrecomputedSignature} it shows what Jersey adds per call.
     *
     * @return the raw answer
     */
    @Benchmark
    public byte[] jerseyPrecomputedSignature() throws Exception {
        return post(jerseyTarget);
    }

    /**
     * The same through the client's own connector ({@code ExactBytesConnectorProvider}).
     *
     * @return the raw answer
     */
    @Benchmark
    public byte[] jerseyExactBytesPrecomputedSignature() throws Exception {
        return post(exactTarget);
    }

    private byte[] post(jakarta.ws.rs.client.WebTarget target) throws Exception {
        jakarta.ws.rs.client.Invocation.Builder builder = target.request("application/json");
        precomputed.headers().map().forEach((name, values) -> builder.header(name, values.get(0)));
        try (jakarta.ws.rs.core.Response response = builder.post(jakarta.ws.rs.client.Entity.entity(body,
                "application/json"))) {
            if (response.getStatus() != 200) {
                throw new IllegalStateException("status " + response.getStatus());
            }
            try (java.io.InputStream in = response.readEntity(java.io.InputStream.class)) {
                return in.readAllBytes();
            }
        }
    }

    /** @return the raw answer of the same call with a precomputed signature (JDK HttpClient) */
    @Benchmark
    public byte[] jdkHttpClientPrecomputedSignature() throws Exception {
        return send(precomputed);
    }

    /**
     * The same JDK call, signing each time: isolates what the client layer adds beyond the RSA signature.
     *
     * @return the raw answer
     */
    @Benchmark
    public byte[] jdkHttpClientSignedEachCall() throws Exception {
        String timestamp = SnapTimestamp.now(clock);
        return send(signedRequest(timestamp, SnapAsymmetric.sign(merchantKey, "POST", PATH, body, timestamp),
                UUID.randomUUID().toString()));
    }

    /** Stops everything. */
    @TearDown
    public void tearDown() {
        jersey.close();
        exact.close();
        dana.close();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    /**
     * The same two calls outside JMH, interleaved: one {@link #danaClientSignedCall}, one {@link #jdkFloorSignedCall},
     * alternately (each first in every other pair), so that a neighbour's load on a shared machine falls on both
     * alike. Prints p0 / p10 / p50 / mean of each and their ratios. Run it with
     * {@code java -Dsun.net.httpserver.nodelay=true -cp benchmarks/target/benchmarks.jar
     * dev.danakit.benchmarks.ClientCallBenchmark [warm-up pairs] [measured pairs]}.
     *
     * @param args warm-up pairs (default 4000), measured pairs (default 4000)
     * @throws Exception if a call fails
     */
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int pairs = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        ClientCallBenchmark bench = new ClientCallBenchmark();
        bench.setUp();
        try {
            for (int i = 0; i < warmup; i++) {
                bench.danaClientSignedCall();
                bench.jdkFloorSignedCall();
            }
            long[] dana = new long[pairs];
            long[] floor = new long[pairs];
            for (int i = 0; i < pairs; i++) {
                if (i % 2 == 0) {
                    dana[i] = timed(bench::danaClientSignedCall);
                    floor[i] = timed(bench::jdkFloorSignedCall);
                } else {
                    floor[i] = timed(bench::jdkFloorSignedCall);
                    dana[i] = timed(bench::danaClientSignedCall);
                }
            }
            double[] d = summary(dana);
            double[] f = summary(floor);
            System.out.printf("%d pairs after %d; p0 / p10 / p50 / mean, us%n", pairs, warmup);
            System.out.printf("danaClientSignedCall  %6.0f / %6.0f / %6.0f / %6.0f%n", d[0], d[1], d[2], d[3]);
            System.out.printf("jdkFloorSignedCall    %6.0f / %6.0f / %6.0f / %6.0f%n", f[0], f[1], f[2], f[3]);
            System.out.printf("ratio                 %6.3f / %6.3f / %6.3f / %6.3f%n", d[0] / f[0], d[1] / f[1],
                    d[2] / f[2], d[3] / f[3]);
        } finally {
            bench.tearDown();
        }
    }

    /** One call of the benchmark pair. */
    @FunctionalInterface
    private interface TimedCall {
        Object run() throws Exception;
    }

    private static long timed(TimedCall call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return System.nanoTime() - start;
    }

    /** @return p0, p10, p50 and mean of the nanosecond samples, in microseconds */
    private static double[] summary(long[] nanos) {
        double mean = java.util.Arrays.stream(nanos).average().orElse(0) / 1e3;
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return new double[] {sorted[0] / 1e3, sorted[sorted.length / 10] / 1e3, sorted[sorted.length / 2] / 1e3, mean};
    }
}
