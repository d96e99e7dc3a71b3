package dev.danakit.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load benchmark (not a test): N concurrent clients send signed Apply OTT requests to an in-process sandbox
 * on 127.0.0.1 for a bounded time and count, then throughput, p50/p99 latency and errors are printed. Each
 * request is signed when it is sent (fresh X-TIMESTAMP, X-EXTERNAL-ID and RSA signature), as a merchant would.
 *
 * <pre>
 * mvn -B -ntp -q -pl sandbox -am package -DskipTests
 * java -cp sandbox/target/dana-sandbox.jar:sandbox/target/test-classes dev.danakit.sandbox.LoadBenchmark \
 *      [--clients 8] [--seconds 20] [--max-requests 200000]
 * </pre>
 */
public final class LoadBenchmark {

    private static final String PATH = "/rest/v1.1/qr/apply-ott";

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = intArg(args, "--clients", 8);
        int seconds = Math.min(intArg(args, "--seconds", 20), 300);
        long maxRequests = Math.min(intArg(args, "--max-requests", 200_000), 1_000_000);
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);

        try (RunningSandbox running = RunningSandbox.start()) {
            String token = running.bindCustomer();
            byte[] body = SandboxHttp.utf8("{\"userResources\":[\"OTT\"],\"additionalInfo\":{\"accessToken\":\"" + token + "\"}}");
            URI target = URI.create(running.sandbox.baseUri() + PATH);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(2)).build();
            AtomicLong sent = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            warmUp(running, http, target, body, token);
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<long[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                        long t0 = System.nanoTime();
                        int status = send(running, http, target, body, token);
                        long t1 = System.nanoTime();
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = t1 - t0;
                    }
                    return Arrays.copyOf(latencies, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> f : results) {
                all.add(f.get());
            }
            double elapsed = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            System.out.printf("clients=%d duration=%.1fs requests=%d errors=%d throughput=%.0f req/s "
                            + "p50=%.2fms p99=%.2fms max=%.2fms (cores=%d)%n",
                    clients, elapsed, merged.length, errors.get(), merged.length / elapsed,
                    percentile(merged, 0.50), percentile(merged, 0.99), merged.length == 0 ? 0 : merged[merged.length - 1] / 1e6,
                    Runtime.getRuntime().availableProcessors());
            Files.deleteIfExists(running.configDir.resolve("dana-private-key.pem"));
            Files.deleteIfExists(running.configDir.resolve("dana-public-key.pem"));
            Files.deleteIfExists(running.configDir);
        }
    }

    private static void warmUp(RunningSandbox running, HttpClient http, URI target, byte[] body, String token)
            throws Exception {
        for (int i = 0; i < 300; i++) {
            send(running, http, target, body, token);
        }
    }

    private static int send(RunningSandbox running, HttpClient http, URI target, byte[] body, String token)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        for (Map.Entry<String, String> h : running.snapHeaders(PATH, body).entrySet()) {
            request.header(h.getKey(), h.getValue());
        }
        request.header("Authorization-Customer", "Bearer " + token).header("X-DEVICE-ID", "bench-device");
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
