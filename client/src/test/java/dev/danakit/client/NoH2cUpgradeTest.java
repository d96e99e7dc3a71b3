package dev.danakit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.protocol.codes.OutcomeKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import jakarta.ws.rs.client.ClientBuilder;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.jnh.connector.JavaNetHttpConnectorProvider;
import org.junit.jupiter.api.Test;

/**
 * The client speaks HTTP/1.1 and never asks to upgrade: a request line and headers read off a bare socket on
 * 127.0.0.1 carry no {@code Upgrade: h2c} and no {@code HTTP2-Settings}, also over a caller's Jersey configuration
 * whose java.net.http connector would otherwise default to HTTP/2.
 */
class NoH2cUpgradeTest {

    private static final KeyPair MERCHANT = Fixtures.rsa();
    private static final KeyPair DANA = Fixtures.rsa();

    /** Reads each request's head off the socket and answers one fixed SNAP success, then closes. */
    private static final class HeadCapture implements AutoCloseable {
        final ServerSocket socket;
        final List<String> heads = new CopyOnWriteArrayList<>();
        final Thread thread;

        HeadCapture() throws IOException {
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            thread = new Thread(this::serve, "head-capture");
            thread.setDaemon(true);
            thread.start();
        }

        URI baseUrl() {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    InputStream in = client.getInputStream();
                    String head = readHead(in);
                    if (head.isEmpty()) {
                        continue; // a connection closed before it sent anything: no request to look at
                    }
                    heads.add(head);
                    int length = contentLength(head);
                    in.readNBytes(length);
                    byte[] body = Fixtures.ottSuccess().getBytes(StandardCharsets.UTF_8);
                    OutputStream out = client.getOutputStream();
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                            + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body);
                    out.flush();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        private static String readHead(InputStream in) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            return head.toString(StandardCharsets.US_ASCII);
        }

        private static int contentLength(String head) {
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                    return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return 0;
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private static void assertPlainHttp11(String head) {
        String requestLine = head.substring(0, head.indexOf("\r\n"));
        assertEquals("POST /rest/v1.1/qr/apply-ott HTTP/1.1", requestLine);
        String lower = head.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("\r\nupgrade:"), "no Upgrade header: " + head);
        assertFalse(lower.contains("\r\nhttp2-settings:"), "no HTTP2-Settings header: " + head);
        assertFalse(lower.contains("h2c"), head);
        assertTrue(lower.contains("\r\nx-signature:"), "a signed request was captured: " + head);
    }

    @Test
    void theDefaultConnectorSendsHttp11WithoutUpgrade() throws Exception {
        try (HeadCapture capture = new HeadCapture();
                DanaClient client = DanaClient.create(Fixtures.config(capture.baseUrl(), MERCHANT, DANA).readTimeout(java.time.Duration.ofSeconds(5)).build())) {
            assertEquals(OutcomeKind.SUCCESS, client.widget().call(api -> api.applyOtt("Bearer t", "d",
                    Fixtures.applyOtt("t"), null, null, null)).kind());
            assertEquals(1, capture.heads.size());
            assertPlainHttp11(capture.heads.get(0));
        }
    }

    @Test
    void aCallersJavaNetHttpConfigurationIsPinnedToHttp11Too() throws Exception {
        // java.net.http defaults to HTTP/2, which on plain http starts with "Upgrade: h2c"
        assertEquals(HttpClient.Version.HTTP_2, HttpClient.newHttpClient().version());
        jakarta.ws.rs.client.Client own = ClientBuilder.newClient(
                new ClientConfig().connectorProvider(new JavaNetHttpConnectorProvider()));
        try (HeadCapture capture = new HeadCapture();
                DanaClient client = DanaClient.create(Fixtures.config(capture.baseUrl(), MERCHANT, DANA).readTimeout(java.time.Duration.ofSeconds(5)).jerseyClient(own).build())) {
            assertEquals(OutcomeKind.SUCCESS, client.widget().call(api -> api.applyOtt("Bearer t", "d",
                    Fixtures.applyOtt("t"), null, null, null)).kind());
            assertPlainHttp11(capture.heads.get(0));
        } finally {
            own.close();
        }
    }
}
