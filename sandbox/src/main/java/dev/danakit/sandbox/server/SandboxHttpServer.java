package dev.danakit.sandbox.server;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.utils.Charsets;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The sandbox's one listener and its limits. No client can hold a worker thread: bodies are read without one
 * ({@link WholeBodyHandler}), requests asking for {@code h2c} are answered in HTTP/1.1 ({@link IgnoredUpgrades}),
 * and every wait on a client is bounded.
 */
public final class SandboxHttpServer {

    /**
     * How long and how much the listener waits for and takes from a client.
     *
     * @param bodyReadTimeout longest wait for the rest of a request body once its headers arrived (then {@code 408})
     * @param idleTimeout a connection with no request in progress is closed after this long
     * @param maxBodyBytes largest request body (then {@code 413})
     */
    public record Limits(Duration bodyReadTimeout, Duration idleTimeout, int maxBodyBytes) {
        /** 10 s for a body, 30 s idle, 1 MiB (DANA's requests are a few KiB). */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(30), 1024 * 1024);
    }

    private SandboxHttpServer() {
    }

    /**
     * @param host address to bind
     * @param port port to bind, 0 for a free one
     * @param app the Jersey application (DANA's operations, the sandbox's own endpoints)
     * @param docs Swagger UI and the specs, at {@code /docs} and {@code /openapi}
     * @param limits the waits and sizes
     * @return a server, not started
     */
    public static HttpServer create(String host, int port, ResourceConfig app, HttpHandler docs, Limits limits) {
        NetworkListener listener = new NetworkListener("dana-sandbox", host, port);
        listener.registerAddOn(new IgnoredUpgrades());
        listener.getKeepAlive().setIdleTimeoutInSeconds((int) limits.idleTimeout().toSeconds());
        // blocking reads and writes, where any remain, give up as well
        listener.getTransport().setReadTimeout(limits.bodyReadTimeout().toMillis(), TimeUnit.MILLISECONDS);
        listener.getTransport().setWriteTimeout(limits.bodyReadTimeout().toMillis(), TimeUnit.MILLISECONDS);

        HttpServer server = new HttpServer();
        server.addListener(listener);
        ServerConfiguration config = server.getServerConfiguration();
        GrizzlyHttpContainer jersey = ContainerFactory.createContainer(GrizzlyHttpContainer.class, app);
        config.addHttpHandler(new WholeBodyHandler(jersey, limits.bodyReadTimeout(), limits.maxBodyBytes()),
                HttpHandlerRegistration.ROOT);
        config.addHttpHandler(docs, "/docs", "/openapi");
        config.setMaxPostSize(limits.maxBodyBytes());
        config.setDefaultQueryEncoding(Charsets.UTF8_CHARSET);
        return server;
    }
}
