package dev.danakit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.snap.SnapVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A merchant's QRIS Finish Notify handler at the merchant's own path ({@code /v2/dana/callback-qris}): verifies
 * DANA's signature over the raw bytes, reads the body as a tree (QRIS notifications carry objects as JSON text)
 * and answers {@code 2005600}. Stands in for DanaCallbacks until its callbacks accept merchant-chosen paths and
 * string-encoded objects (issue 13).
 */
final class QrisNotifyReceiver implements AutoCloseable {

    static final String PATH = "/v2/dana/callback-qris";

    private final HttpServer server;
    private final SnapVerifier verifier;
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    QrisNotifyReceiver(PublicKey danaPublicKey) {
        verifier = new SnapVerifier(danaPublicKey, Clock.systemUTC(), java.time.Duration.ofMinutes(5));
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, this::handle);
        server.start();
    }

    /** @return the URL to register as the merchant's Finish Notify URL */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** @return every verified notification body, in arrival order */
    List<JsonNode> received() {
        return received;
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        try {
            verifier.verify("POST", exchange.getRequestURI().getRawPath(), raw,
                    exchange.getRequestHeaders().getFirst("X-TIMESTAMP"), exchange.getRequestHeaders().getFirst("X-SIGNATURE"));
            received.add(SandboxHttp.JSON.readTree(raw));
            answer(exchange, 200, "{\"responseCode\":\"2005600\",\"responseMessage\":\"Successful\"}");
        } catch (SignatureVerificationException e) {
            answer(exchange, 401, "{\"responseCode\":\"4015600\",\"responseMessage\":\"Unauthorized. " + e.reason() + "\"}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
