package dev.danakit.benchmarks.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The same load through the JDK {@link HttpClient} (HTTP/1.1, its keep-alive pool): as many asynchronous lanes
 * as connections, each sending its next request when the previous answer completes. Kept to compare what the
 * load side costs: the client's selector thread and its executor run on the same two cores as the server.
 */
public final class JdkClientLoad implements HttpLoad {

    private static final String EXECUTOR_PREFIX = "load-jdk-client-";
    private static final long GRACE_SECONDS = 20;

    private final URI base;
    private final int connections;
    private final String success;
    private final ExecutorService executor;
    private final HttpClient client;

    /**
     * @param base the server's base URI, e.g. {@code http://127.0.0.1:41234}
     * @param connections concurrent requests (the client opens one connection for each)
     * @param successMarker text a successful answer's body contains
     * @param executorThreads threads of the client's executor
     */
    public JdkClientLoad(URI base, int connections, String successMarker, int executorThreads) {
        this.base = base;
        this.connections = connections;
        this.success = successMarker;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(executorThreads,
                r -> new Thread(r, EXECUTOR_PREFIX + threads.incrementAndGet()));
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    @Override
    public LoadResult run(List<LoadRequest> requests, long deadlineNanos) throws Exception {
        List<HttpRequest> prepared = new ArrayList<>(requests.size());
        for (LoadRequest request : requests) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(request.path()))
                    .timeout(Duration.ofSeconds(GRACE_SECONDS));
            request.headers().forEach(builder::header);
            prepared.add(builder.POST(HttpRequest.BodyPublishers.ofByteArray(request.body())).build());
        }
        long[] latencies = new long[requests.size()];
        Arrays.fill(latencies, -1);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger succeeded = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        AtomicInteger started = new AtomicInteger();
        CountDownLatch lanes = new CountDownLatch(connections);
        long[] lastAnswer = new long[1];
        long firstSent = System.nanoTime();
        Runnable[] lane = new Runnable[1];
        lane[0] = () -> {
            int index = next.getAndIncrement();
            if (index >= prepared.size() || System.nanoTime() - deadlineNanos >= 0) {
                lanes.countDown();
                return;
            }
            started.incrementAndGet();
            long sentAt = System.nanoTime();
            client.sendAsync(prepared.get(index), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((answer, error) -> {
                        long now = System.nanoTime();
                        synchronized (lastAnswer) {
                            lastAnswer[0] = now;
                        }
                        if (error == null && answer.statusCode() == 200
                                && new String(answer.body(), StandardCharsets.UTF_8).contains(success)) {
                            latencies[index] = now - sentAt;
                            succeeded.incrementAndGet();
                        } else {
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, error != null ? error.toString()
                                    : answer.statusCode() + " " + new String(answer.body(), StandardCharsets.UTF_8));
                        }
                        lane[0].run();
                    });
        };
        for (int c = 0; c < connections; c++) {
            lane[0].run();
        }
        long wait = deadlineNanos - System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
        if (!lanes.await(Math.max(wait, 0), TimeUnit.NANOSECONDS)) {
            throw new IllegalStateException("requests still waiting for an answer");
        }
        long elapsed;
        synchronized (lastAnswer) {
            elapsed = lastAnswer[0] - firstSent;
        }
        return new LoadResult(started.get(), succeeded.get(), failures.get(),
                firstFailure.get(), elapsed, latencies);
    }

    @Override
    public boolean isLoadThread(String threadName) {
        // the executor's threads and the client's own selector manager ("HttpClient-1-SelectorManager")
        return threadName.startsWith(EXECUTOR_PREFIX) || threadName.startsWith("HttpClient-");
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
