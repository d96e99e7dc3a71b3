package dev.danakit.callbacks.support;

import com.sun.net.httpserver.HttpServer;
import dev.danakit.callbacks.DanaCallbacks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * One merchant instance: the callbacks feature on an embedded JDK HTTP server at 127.0.0.1 on a free port,
 * with a thread pool so concurrent deliveries really run concurrently.
 */
public final class CallbackServer implements AutoCloseable {

    /** The HTTP containers the callbacks are tested on. */
    public enum Container { JDK_HTTP, GRIZZLY }

    private final Runnable stop;
    private final URI base;
    private final HttpClient client;

    /**
     * @param callbacks the feature under test
     * @param merchantComponents the merchant's own resources and providers in the same application
     */
    public CallbackServer(DanaCallbacks callbacks, Object... merchantComponents) {
        this(Container.JDK_HTTP, callbacks, merchantComponents);
    }

    /**
     * @param container the HTTP container
     * @param callbacks the feature under test
     * @param merchantComponents the merchant's own resources and providers in the same application
     */
    public CallbackServer(Container container, DanaCallbacks callbacks, Object... merchantComponents) {
        ResourceConfig app = new ResourceConfig().register(callbacks);
        for (Object component : merchantComponents) {
            if (component instanceof Class<?> type) {
                app.register(type);
            } else {
                app.register(component);
            }
        }
        if (container == Container.GRIZZLY) {
            org.glassfish.grizzly.http.server.HttpServer grizzly = GrizzlyHttpServerFactory.createHttpServer(
                    URI.create("http://127.0.0.1:0/"), app, false);
            try {
                grizzly.start();
            } catch (IOException e) {
                throw new IllegalStateException("grizzly did not start", e);
            }
            base = URI.create("http://127.0.0.1:" + grizzly.getListeners().iterator().next().getPort());
            stop = grizzly::shutdownNow;
        } else {
            HttpServer server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app, false);
            ExecutorService executor = Executors.newFixedThreadPool(32);
            server.setExecutor(executor);
            server.start();
            base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            stop = () -> {
                server.stop(0);
                executor.shutdownNow();
            };
        }
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** @return the base URI, e.g. {@code http://127.0.0.1:41234} */
    public URI base() {
        return base;
    }

    /**
     * POSTs a body with {@code Content-Type: application/json} and extra headers.
     *
     * @param path the request path
     * @param headers extra headers
     * @param body exact body bytes
     * @return status and raw body
     */
    public Answer post(String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json");
        headers.forEach(request::setHeader);
        return send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /**
     * Sends any request (for wrong methods, content types, duplicated headers).
     *
     * @param request the request, its URI relative to {@link #base()} already resolved
     * @return status and raw body
     */
    public Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** @return a request builder for a path on this server */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
    }

    @Override
    public void close() {
        stop.run();
    }

    /**
     * A received answer.
     *
     * @param status HTTP status
     * @param body exact body bytes
     * @param headers the response headers
     */
    public record Answer(int status, byte[] body, java.net.http.HttpHeaders headers) {
        /**
         * @param name a header name
         * @return its first value, or empty text
         */
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        /** @return the body as UTF-8 text */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }
}
