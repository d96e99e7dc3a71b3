package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.client.widget.model.ApplyOttResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The kit's client on the wire, read byte for byte by a bare socket: HTTP/1.1 and no {@code Upgrade} (an h2c
 * upgrade request on a plain-HTTP base URL is what hangs some servers, Grizzly among them).
 */
class ClientWireBytesTest {

    @Test
    void theClientSendsPlainHttp11WithoutAnUpgrade() throws Exception {
        TestMerchant merchant = TestMerchant.create();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<String> head = CompletableFuture.supplyAsync(() -> answerOnce(server));
            try (DanaClient dana = DanaClient.create(DanaClientConfig.builder()
                    .baseUrl(URI.create("http://127.0.0.1:" + server.getLocalPort()))
                    .partnerId(TestMerchant.CLIENT_ID)
                    .merchantPrivateKey(merchant.keys.getPrivate())
                    .verifyResponseSignatures(false)
                    .build())) {
                Outcome<ApplyOttResponse> ott = dana.widget().call(api -> api.applyOtt("Bearer token",
                        "android-5f2b9c7e1a3d4f60", new ApplyOttRequest().userResources(List.of("OTT"))
                                .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken("token")),
                        null, null, null));
                assertTrue(ott.isSuccess(), ott.toString());
            }
            String request = head.get(30, TimeUnit.SECONDS);
            assertTrue(request.startsWith("POST /rest/v1.1/qr/apply-ott HTTP/1.1\r\n"), request);
            String lower = request.toLowerCase(Locale.ROOT);
            assertFalse(lower.contains("\r\nupgrade:"), request);
            assertFalse(lower.contains("\r\nhttp2-settings:"), request);
            assertFalse(lower.matches("(?s).*\r\nconnection:[^\r]*upgrade.*"), request);
        }
    }

    /** Reads one request head (and its body), answers a SNAP success, returns the head as received. */
    private static String answerOnce(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.setSoTimeout(20_000);
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (!bytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                bytes.write(b);
            }
            String head = bytes.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)\r\ncontent-length: *(\\d+)")
                    .matcher(head);
            if (length.find()) {
                in.readNBytes(Integer.parseInt(length.group(1)));
            }
            byte[] body = ("{\"responseCode\":\"2004900\",\"responseMessage\":\"Successful\","
                    + "\"userResources\":[{\"resourceType\":\"OTT\",\"value\":\"x\"}]}").getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return head;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
