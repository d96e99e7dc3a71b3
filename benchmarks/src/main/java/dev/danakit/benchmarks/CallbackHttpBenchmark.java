package dev.danakit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.danakit.benchmarks.http.HttpLoad;
import dev.danakit.benchmarks.http.JdkClientLoad;
import dev.danakit.benchmarks.http.LoadRequest;
import dev.danakit.benchmarks.http.LoadResult;
import dev.danakit.benchmarks.http.SocketLoad;
import dev.danakit.callbacks.DanaCallbacks;
import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.signing.testing.TestSigner;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * Verified callbacks per second over HTTP (issue 12): {@link DanaCallbacks} serving Finish Notify at a merchant
 * path on Jersey's JDK HTTP container (127.0.0.1, free port), with an {@link InMemoryNotificationLedger} that
 * remembers, under a closed-loop load of keep-alive connections, against one core's JDK {@code SHA256withRSA}
 * verifies per second measured in the same JVM just before and just after the load.
 *
 * <p>A bounded main class rather than JMH: every request must carry a notification the ledger has not seen (a
 * repeat is acknowledged without running the handler), and each is RSA-signed at setup (≈1 ms each), so the run
 * is bounded by a count of pre-signed requests, which JMH's time-based iterations cannot honour; and
 * throughput, latency quantiles and CPU per callback must come from one and the same run.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.danakit.benchmarks.CallbackHttpBenchmark
 * [server=callbacks|floor|jersey-floor] [client=socket|jdk] [connections=24] [warmup=1000] [warmupRounds=4]
 * [requests=4000] [seconds=30] [serverThreads=<cores>] [size=1024]}. The warm-up's notifications are processed in its first round
 * and redelivered in the others (the whole path up to the ledger, without signing more); the measured requests
 * are all new. {@code serverThreads=0} keeps the executor Jersey's {@code JdkHttpServerFactory} sets (an unbounded
 * cached pool: a thread per concurrent exchange). {@code sun.net.httpserver.nodelay} is set to {@code true} unless
 * given. {@code server=floor} serves the same requests with a plain JDK {@code HttpHandler} that only verifies
 * them ({@link VerifyOnly}): the most this HTTP server and load side allow a verified callback;
 * {@code server=jersey-floor} the same in a plain JAX-RS resource on Jersey's container.
 */
public final class CallbackHttpBenchmark {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T05:00:00Z"), ZoneOffset.UTC);
    private static final String PATH = "/v2/dana/callback-qris";
    private static final String SUCCESS = "2005600";
    private static final String SERVER_THREAD_PREFIX = "callback-server-";
    /** The threads of the unbounded cached pool Jersey's {@code JdkHttpServerFactory} sets when given none. */
    private static final String JERSEY_DEFAULT_THREAD_PREFIX = "jdk-http-server-";

    private CallbackHttpBenchmark() {
    }

    /**
     * @param args {@code name=value} options, see the class comment
     * @throws Exception if the run fails: any refused callback fails it
     */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            // before the JDK server's configuration is first read: without it its answers meet delayed ACKs
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("expected name=value, got " + arg);
            }
            options.put(pair[0], pair[1]);
        }
        int cores = Runtime.getRuntime().availableProcessors();
        String serverKind = options.getOrDefault("server", "callbacks");
        String clientKind = options.getOrDefault("client", "socket");
        int connections = Integer.parseInt(options.getOrDefault("connections", "24"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "1000"));
        int warmupRounds = Integer.parseInt(options.getOrDefault("warmupRounds", "4"));
        int measured = Integer.parseInt(options.getOrDefault("requests", "4000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int serverThreads = Integer.parseInt(options.getOrDefault("serverThreads", String.valueOf(cores)));
        int size = Integer.parseInt(options.getOrDefault("size", "1024"));

        System.out.printf(Locale.ROOT, "# %s, %d cores, load average %s%n", Runtime.version(), cores, loadAverage());
        System.out.printf(Locale.ROOT, "# server=%s client=%s connections=%d warmup=%d warmupRounds=%d requests=%d"
                + " seconds=%d serverThreads=%d size=%d nodelay=%s%n", serverKind, clientKind, connections, warmup,
                warmupRounds, measured, seconds, serverThreads, size, System.getProperty("sun.net.httpserver.nodelay"));

        KeyPair dana = BenchmarkKeys.rsa2048();
        KeyPair merchant = BenchmarkKeys.rsa2048();
        LongAdder handled = new LongAdder();
        ResourceConfig app = new ResourceConfig().register(DanaCallbacks.builder()
                .danaPublicKey(dana.getPublic()).merchantPrivateKey(merchant.getPrivate()).clock(CLOCK)
                .ledger(new InMemoryNotificationLedger())
                .finishNotify((a, b, c, d, e, request) -> {
                    handled.increment();
                    return null;
                }, PATH).build());
        boolean floorServer = serverKind.endsWith("floor");
        HttpServer server;
        if ("floor".equals(serverKind)) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(PATH, new VerifyOnly(dana.getPublic(), handled));
        } else {
            server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), "jersey-floor".equals(
                    serverKind) ? new ResourceConfig().register(new VerifyOnlyResource(dana.getPublic(), handled))
                            : app, false);
        }
        ExecutorService workers = null;
        if (serverThreads > 0) {
            AtomicInteger count = new AtomicInteger();
            workers = Executors.newFixedThreadPool(serverThreads,
                    r -> new Thread(r, SERVER_THREAD_PREFIX + count.incrementAndGet()));
            server.setExecutor(workers);
        }
        server.start();
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", server.getAddress().getPort());
        HttpLoad load = "jdk".equals(clientKind)
                ? new JdkClientLoad(URI.create("http://127.0.0.1:" + address.getPort()), connections, SUCCESS, cores)
                : new SocketLoad(address, connections, SUCCESS);
        try {
            long signing = System.nanoTime();
            List<LoadRequest> requests = signedNotifications(dana, warmup + measured, size,
                    "127.0.0.1:" + address.getPort());
            System.out.printf(Locale.ROOT, "# signed %d distinct %d-byte Finish Notify requests in %.1f s%n",
                    requests.size(), requests.get(0).body().length, (System.nanoTime() - signing) / 1e9);
            VerifyFloor floor = new VerifyFloor(dana.getPublic(), requests.get(0));

            floor.perSecond(TimeUnit.SECONDS.toNanos(2));
            VerifyRate before = floor.perSecond(TimeUnit.SECONDS.toNanos(3));

            // round 1 runs the handler for each warm-up notification; later rounds are redeliveries, the same
            // path up to the ledger, so the JIT warms without signing more
            int warmProcessed = 0;
            int warmAnswered = 0;
            for (int round = 1; round <= warmupRounds; round++) {
                LoadResult warm = load.run(requests.subList(0, warmup),
                        System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(1, seconds / warmupRounds)));
                check(warm, "warm-up");
                warmProcessed = Math.max(warmProcessed, warm.started());
                warmAnswered += warm.succeeded();
                System.out.printf(Locale.ROOT, "# warm-up %d: %d callbacks, %.0f/s, p50 %.1f ms, p99 %.1f ms%n",
                        round, warm.succeeded(), warm.perSecond(), warm.latencyMillis(0.5), warm.latencyMillis(0.99));
            }

            String loadBefore = loadAverage();
            CpuSnapshot start = CpuSnapshot.take();
            LoadResult run = load.run(requests.subList(warmup, requests.size()),
                    System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds));
            CpuSnapshot end = CpuSnapshot.take();
            String loadAfter = loadAverage();
            check(run, "measured run");

            VerifyRate after = floor.perSecond(TimeUnit.SECONDS.toNanos(3));
            if (floorServer) {
                warmProcessed = warmAnswered; // no ledger: every verified request is handled
            }
            if (handled.sum() != warmProcessed + run.succeeded()) {
                throw new IllegalStateException("the handler ran " + handled.sum() + " times for "
                        + (warmProcessed + run.succeeded()) + " distinct accepted notifications");
            }
            report(run, before, after, start.until(end, load, run.succeeded()), loadBefore, loadAfter);
        } finally {
            load.close();
            server.stop(0);
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    /**
     * {@code server=floor}: what any verified callback costs on this server without the kit and Jersey: the body
     * read, its SHA-256, one JDK RSA verify of the SNAP string to sign, a fixed {@code 2005600} answer. No binding,
     * no validation, no ledger.
     */
    private record VerifyOnly(PublicKey key, LongAdder handled) implements HttpHandler {
        private static final byte[] SUCCESSFUL = ("{\"responseCode\":\"" + SUCCESS
                + "\",\"responseMessage\":\"Successful\"}").getBytes(StandardCharsets.UTF_8);
        private static final byte[] UNAUTHORIZED =
                "{\"responseCode\":\"4015600\",\"responseMessage\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8);

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            byte[] body = exchange.getRequestBody().readAllBytes();
            boolean verified = verifies(key, exchange.getRequestURI().getRawPath(), body,
                    exchange.getRequestHeaders().getFirst("X-TIMESTAMP"),
                    exchange.getRequestHeaders().getFirst("X-SIGNATURE"), handled);
            byte[] answer = verified ? SUCCESSFUL : UNAUTHORIZED;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(verified ? 200 : 401, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }

        /** @return whether the SNAP signature verifies over the body; counts the verified ones */
        static boolean verifies(PublicKey key, String path, byte[] body, String timestamp, String signature,
                LongAdder handled) {
            try {
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(key);
                verifier.update(("POST:" + path + ":" + hash + ":" + timestamp).getBytes(StandardCharsets.UTF_8));
                if (!verifier.verify(Base64.getDecoder().decode(signature))) {
                    return false;
                }
            } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
                return false;
            }
            handled.increment();
            return true;
        }
    }

    /**
     * {@code server=jersey-floor}: the same verification in a plain JAX-RS resource on Jersey's JDK container, to
     * tell Jersey's per-request cost from the kit's.
     */
    @Path(PATH)
    public static final class VerifyOnlyResource {
        private final PublicKey key;
        private final LongAdder handled;

        VerifyOnlyResource(PublicKey key, LongAdder handled) {
            this.key = key;
            this.handled = handled;
        }

        /**
         * @param timestamp {@code X-TIMESTAMP}
         * @param signature {@code X-SIGNATURE}
         * @param body the raw body
         * @return {@code 200 2005600} when the signature verifies, else {@code 401}
         */
        @POST
        @Consumes("application/json")
        @Produces("application/json")
        public Response post(@HeaderParam("X-TIMESTAMP") String timestamp, @HeaderParam("X-SIGNATURE") String signature,
                byte[] body) {
            boolean verified = VerifyOnly.verifies(key, PATH, body, timestamp, signature, handled);
            return Response.status(verified ? 200 : 401)
                    .entity(verified ? VerifyOnly.SUCCESSFUL : VerifyOnly.UNAUTHORIZED).build();
        }
    }

    private static void report(LoadResult run, VerifyRate before, VerifyRate after, CpuUse cpu, String loadBefore,
            String loadAfter) {
        double verifiesPerSecond = (before.perWallSecond() + after.perWallSecond()) / 2;
        double verifyCpuMicros = (before.cpuMicrosEach() + after.cpuMicrosEach()) / 2;
        double callbacksPerSecond = run.perSecond();
        System.out.printf(Locale.ROOT, "load average during the measured run: %s -> %s%n", loadBefore, loadAfter);
        System.out.printf(Locale.ROOT, "callbacks: %d accepted in %.2f s = %.0f callbacks/s (%d failed)%n",
                run.succeeded(), run.elapsedNanos() / 1e9, callbacksPerSecond, run.failures());
        System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                run.latencyMillis(0.5), run.latencyMillis(0.9), run.latencyMillis(0.99), run.latencyMillis(0.999),
                run.latencyMillis(1.0));
        System.out.printf(Locale.ROOT, "one core's RSA-2048 verifies/s (one thread): before %.0f, after %.0f"
                + " (CPU per verify %.1f / %.1f us)%n", before.perWallSecond(), after.perWallSecond(),
                before.cpuMicrosEach(), after.cpuMicrosEach());
        System.out.printf(Locale.ROOT, "ratio callbacks/s / verifies/s = %.0f / %.0f = %.3f%n",
                callbacksPerSecond, verifiesPerSecond, callbacksPerSecond / verifiesPerSecond);
        // the same ratio from CPU time alone, which other processes' load does not skew: what all cores of this
        // machine would serve at the measured CPU per callback (load side included), against one core verifying
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "ratio from CPU time = (%d cores / %.0f us per callback) / (1 core / %.1f us"
                + " per verify) = %.3f%n", cores, cpu.processMicros(), verifyCpuMicros,
                cores * verifyCpuMicros / cpu.processMicros());
        System.out.printf(Locale.ROOT, "CPU per callback, us: server threads %.0f, load side %.0f, other Java threads"
                + " %.0f, GC, JIT and VM %.0f; process %.0f (GC: %d collections, %d ms)%n", cpu.serverMicros(),
                cpu.loadMicros(), cpu.otherThreadMicros(), cpu.vmMicros(), cpu.processMicros(), cpu.gcCount(),
                cpu.gcMillis());
        double serverSide = cpu.processMicros() - cpu.loadMicros();
        System.out.printf(Locale.ROOT, "server CPU per callback (process minus load side): %.0f us = %.1f verifies;"
                + " server threads alone: %.1f verifies%n", serverSide, serverSide / verifyCpuMicros,
                cpu.serverMicros() / verifyCpuMicros);
    }

    private static void check(LoadResult result, String phase) {
        if (result.failures() > 0 || result.succeeded() == 0) {
            throw new IllegalStateException(phase + ": " + result.failures() + " of " + result.started()
                    + " callbacks not accepted; first: " + result.firstFailure());
        }
    }

    /** Distinct notifications (order reference and external id per request), signed on all cores. */
    private static List<LoadRequest> signedNotifications(KeyPair dana, int count, int size, String host) {
        TestSigner signer = new TestSigner(dana.getPrivate(), CLOCK);
        String timestamp = signer.timestamp();
        return IntStream.range(0, count).parallel().mapToObj(i -> {
            byte[] body = Bodies.finishNotify(size, String.format(Locale.ROOT, "ORD-20240513-%07d", i));
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            headers.putAll(signer.snapHeaders("POST", PATH, body, timestamp));
            headers.put("X-PARTNER-ID", "2024051300000000001");
            headers.put("X-EXTERNAL-ID", String.format(Locale.ROOT, "6d2a3c1e-8f0b-4b9e-a1d2-%012d", i));
            headers.put("CHANNEL-ID", "95221");
            return LoadRequest.post(host, PATH, headers, body);
        }).collect(Collectors.toList());
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /**
     * One thread's JDK verifies of one request's string to sign, each with a fresh {@link Signature} as the
     * library does.
     */
    private static final class VerifyFloor {
        private final PublicKey key;
        private final byte[] stringToSign;
        private final byte[] signature;

        VerifyFloor(PublicKey key, LoadRequest request) throws Exception {
            this.key = key;
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(request.body()));
            this.stringToSign = ("POST:" + PATH + ":" + hash + ":" + request.headers().get("X-TIMESTAMP"))
                    .getBytes(StandardCharsets.UTF_8);
            this.signature = Base64.getDecoder().decode(request.headers().get("X-SIGNATURE"));
        }

        VerifyRate perSecond(long nanos) throws Exception {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long end = start + nanos;
            int count = 0;
            long now;
            do {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(key);
                verifier.update(stringToSign);
                if (!verifier.verify(signature)) {
                    throw new IllegalStateException("the floor's signature does not verify");
                }
                count++;
                now = System.nanoTime();
            } while (now < end);
            return new VerifyRate(count * 1e9 / (now - start), (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / count);
        }
    }

    /**
     * @param perWallSecond verifies per elapsed second
     * @param cpuMicrosEach the thread's CPU time per verify
     */
    private record VerifyRate(double perWallSecond, double cpuMicrosEach) {
    }

    /** CPU time of every Java thread and of the process, and the collectors' counters, at one moment. */
    private record CpuSnapshot(Map<Long, String> names, Map<Long, Long> threadNanos, long processNanos,
            long gcCount, long gcMillis) {

        static CpuSnapshot take() {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            Map<Long, String> names = new HashMap<>();
            Map<Long, Long> cpu = new HashMap<>();
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null) {
                    long nanos = threads.getThreadCpuTime(info.getThreadId());
                    if (nanos >= 0) {
                        names.put(info.getThreadId(), info.getThreadName());
                        cpu.put(info.getThreadId(), nanos);
                    }
                }
            }
            long count = 0;
            long millis = 0;
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, gc.getCollectionCount());
                millis += Math.max(0, gc.getCollectionTime());
            }
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            return new CpuSnapshot(names, cpu, process, count, millis);
        }

        /** Threads that started during the run count from zero; threads that ended during it are lost. */
        CpuUse until(CpuSnapshot end, HttpLoad load, int callbacks) {
            long server = 0;
            long loadSide = 0;
            long other = 0;
            for (Map.Entry<Long, Long> thread : end.threadNanos.entrySet()) {
                long used = thread.getValue() - threadNanos.getOrDefault(thread.getKey(), 0L);
                String name = end.names.get(thread.getKey());
                if (name.startsWith(SERVER_THREAD_PREFIX) || name.startsWith(JERSEY_DEFAULT_THREAD_PREFIX)
                        || name.startsWith("HTTP-Dispatcher")) {
                    server += used;
                } else if (load.isLoadThread(name)) {
                    loadSide += used;
                } else {
                    other += used;
                }
            }
            long process = end.processNanos - processNanos;
            double per = callbacks * 1e3;
            return new CpuUse(server / per, loadSide / per, other / per, (process - server - loadSide - other) / per,
                    process / per, end.gcCount - gcCount, end.gcMillis - gcMillis);
        }
    }

    /**
     * CPU per callback over the measured run, in microseconds.
     *
     * @param serverMicros the JDK server's dispatcher and worker threads (HTTP parsing, Jersey, the callback path)
     * @param loadMicros the load side's threads
     * @param otherThreadMicros other Java threads (the idle-connection timer, the main thread waiting)
     * @param vmMicros the rest of the process: garbage collector, JIT compiler and VM threads
     * @param processMicros the whole process
     * @param gcCount collections during the run
     * @param gcMillis collectors' accumulated time during the run
     */
    private record CpuUse(double serverMicros, double loadMicros, double otherThreadMicros, double vmMicros,
            double processMicros, long gcCount, long gcMillis) {
    }
}
