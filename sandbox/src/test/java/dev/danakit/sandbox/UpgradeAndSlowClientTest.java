package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.sandbox.server.SandboxHttpServer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Clients the sandbox meets in the wild: Java's {@code HttpClient} at default settings and {@code curl --http2}
 * ask for {@code h2c} on plain-HTTP URLs, and some clients send a body slowly or never finish it.
 */
class UpgradeAndSlowClientTest {

    private static final String QUERY = "/payment-gateway/v1.0/debit/status.htm";
    private static final String QUERY_BODY = "{\"originalPartnerReferenceNo\":\"ORD-NONE\",\"serviceCode\":\"54\","
            + "\"merchantId\":\"" + TestMerchant.MERCHANT_ID + "\"}";

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @Test
    void javasHttpClientAtDefaultSettingsGetsItsAnswer() throws Exception {
        HttpClient defaults = HttpClient.newHttpClient();
        assertEquals(HttpClient.Version.HTTP_2, defaults.version(), "the default asks for h2c on http://");
        byte[] body = SandboxHttp.utf8(QUERY_BODY);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(running.sandbox.baseUri() + QUERY))
                .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        running.snapHeaders(QUERY, body).forEach(request::header);

        HttpResponse<String> response = defaults.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(HttpClient.Version.HTTP_1_1, response.version());
        assertEquals(404, response.statusCode(), response.body());
        assertEquals("4045501", SandboxHttp.json(response).path("responseCode").asText(), "the body was read");
    }

    @Test
    void thirtyTwoUnfinishedH2cRequestsLeaveThePlainOneAnsweredAndAreAnsweredWhenTheyFinish() throws Exception {
        running.http.get("/sandbox/dana-public-key.pem"); // warm
        byte[] body = SandboxHttp.utf8(QUERY_BODY);
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                Socket socket = connect(running.sandbox.baseUri());
                OutputStream out = socket.getOutputStream();
                out.write(head(QUERY, body.length, true, running.snapHeaders(QUERY, body)));
                out.write(body, 0, 10);
                out.flush();
                held.add(socket);
            }

            HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<String> answered = plain.send(HttpRequest.newBuilder(
                            URI.create(running.sandbox.baseUri() + "/sandbox/dana-public-key.pem"))
                    .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answered.statusCode());

            for (Socket socket : held) {
                socket.getOutputStream().write(body, 10, body.length - 10);
                socket.getOutputStream().flush();
            }
            for (Socket socket : held) {
                String answer = readAnswer(socket);
                assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
                assertTrue(answer.contains("\"responseCode\":\"4045501\""), answer);
            }
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    @Test
    void aBodyThatNeverArrivesGets408AndOneOverTheLimit413() throws Exception {
        SandboxHttpServer.Limits limits = new SandboxHttpServer.Limits(Duration.ofMillis(300), Duration.ofSeconds(30), 64);
        HttpServer server = SandboxHttpServer.create("127.0.0.1", 0, new ResourceConfig(Echo.class),
                new org.glassfish.grizzly.http.server.StaticHttpHandler(), limits);
        server.start();
        try {
            NetworkListener listener = server.getListeners().iterator().next();
            URI base = URI.create("http://127.0.0.1:" + listener.getPort());
            try (Socket stuck = connect(base)) {
                stuck.getOutputStream().write(head("/echo", 20, false, java.util.Map.of()));
                stuck.getOutputStream().write("{\"a\":".getBytes(StandardCharsets.US_ASCII));
                stuck.getOutputStream().flush();
                assertTrue(readAnswer(stuck).startsWith("HTTP/1.1 408"));
            }
            try (Socket large = connect(base)) {
                large.getOutputStream().write(head("/echo", 65, false, java.util.Map.of()));
                large.getOutputStream().flush();
                assertTrue(readAnswer(large).startsWith("HTTP/1.1 413"));
            }
            try (Socket chunked = connect(base)) {
                OutputStream out = chunked.getOutputStream();
                out.write(("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n50\r\n" + "x".repeat(80) + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertTrue(readAnswer(chunked).startsWith("HTTP/1.1 413"));
            }
        } finally {
            server.shutdownNow();
        }
    }

    /** A resource that reads its body. */
    @Path("echo")
    public static final class Echo {
        @POST
        @Consumes("application/json")
        public String echo(String body) {
            return body;
        }
    }

    private static Socket connect(URI base) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static byte[] head(String path, int contentLength, boolean h2c, java.util.Map<String, String> headers) {
        StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (h2c) {
            // what Java's HttpClient sends for an HTTP/2 request to an http:// URL
            head.append("Connection: Upgrade, HTTP2-Settings\r\nUpgrade: h2c\r\n"
                    + "HTTP2-Settings: AAEAAEAAAAIAAAABAAMAAABkAAQBAAAAAAUAAEAA\r\n");
        }
        head.append("Content-Type: application/json\r\nContent-Length: ").append(contentLength).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads one answer: its head and a Content-Length body, or up to the connection's close. */
    private static String readAnswer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int contentLength = -1;
        int headEnd = -1;
        int b;
        while ((b = in.read()) != -1) {
            bytes.write(b);
            String text = bytes.toString(StandardCharsets.UTF_8);
            if (headEnd < 0 && text.endsWith("\r\n\r\n")) {
                headEnd = text.length();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
                contentLength = m.find() ? Integer.parseInt(m.group(1)) : -1;
                if (contentLength == 0) {
                    break;
                }
            }
            if (headEnd >= 0 && contentLength >= 0 && bytes.size() - headEnd >= contentLength) {
                break;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
