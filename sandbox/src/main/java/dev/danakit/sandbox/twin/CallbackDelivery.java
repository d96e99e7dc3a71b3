package dev.danakit.sandbox.twin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Sends DANA's notifications to merchants and resends them on DANA's schedule until the merchant
 * answers success, the way DANA does (compressed in time for the sandbox).
 */
public final class CallbackDelivery implements AutoCloseable {

    /**
     * One delivery attempt, kept for {@code GET /sandbox/notifications}.
     *
     * @param kind e.g. {@code unbindNotify}
     * @param target the merchant URL
     * @param attempt 1 for the first send
     * @param httpStatus the merchant's HTTP status, or 0 when it could not be reached
     * @param accepted whether the merchant acknowledged it (no retry after this)
     * @param at when the attempt finished
     */
    public record Attempt(String kind, URI target, int attempt, int httpStatus, boolean accepted, Instant at) {
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // Grizzly does not answer an h2c upgrade on a POST
            .connectTimeout(Duration.ofSeconds(8)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dana-sandbox-callbacks");
        t.setDaemon(true);
        return t;
    });
    private final List<Duration> schedule;
    private final Clock clock;
    private final List<Attempt> log = new CopyOnWriteArrayList<>();

    /**
     * @param schedule delays before the 2nd, 3rd, ... attempt
     * @param clock stamps the log
     */
    public CallbackDelivery(List<Duration> schedule, Clock clock) {
        this.schedule = List.copyOf(schedule);
        this.clock = clock;
    }

    /**
     * Sends now and retries in the background until {@code accepted} holds or the schedule runs out.
     *
     * @param kind name of the notification
     * @param target merchant URL
     * @param headers request headers
     * @param body exact bytes to send
     * @param accepted whether a merchant answer acknowledges the notification
     */
    public void send(String kind, URI target, Map<String, String> headers, byte[] body,
                     Predicate<HttpResponse<byte[]>> accepted) {
        scheduler.execute(() -> attempt(kind, target, headers, body, accepted, 1));
    }

    /** @return every attempt so far, oldest first */
    public List<Attempt> log() {
        return List.copyOf(log);
    }

    private void attempt(String kind, URI target, Map<String, String> headers, byte[] body,
                         Predicate<HttpResponse<byte[]>> accepted, int number) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(8))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        int status = 0;
        boolean ok = false;
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            status = response.statusCode();
            ok = accepted.test(response);
        } catch (java.io.IOException e) {
            // unreachable merchant: counts as a failed attempt, retried on schedule
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            // an unreadable answer is a failed attempt too
        }
        log.add(new Attempt(kind, target, number, status, ok, clock.instant()));
        if (!ok && number <= schedule.size() && !scheduler.isShutdown()) {
            scheduler.schedule(() -> attempt(kind, target, headers, body, accepted, number + 1),
                    schedule.get(number - 1).toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
