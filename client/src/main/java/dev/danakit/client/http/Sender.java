package dev.danakit.client.http;

import dev.danakit.client.outcome.DanaClientException;
import dev.danakit.client.outcome.TransportError;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The second step of a call: sends the signed bytes with the signed headers through the operation's Jersey target
 * (made once per client) and reads the answer's raw bytes once, bounded. An I/O failure becomes the call's
 * {@link TransportError}, classified by exception type.
 */
final class Sender {

    private static final int MAX_BODY_BYTES = 8 << 20;
    private static final byte[] EMPTY = new byte[0];

    private final String userAgent;

    Sender(String userAgent) {
        this.userAgent = userAgent;
    }

    void send(Call call) {
        Route route = call.route();
        Invocation.Builder request = route.target().request(MediaType.APPLICATION_JSON_TYPE)
                .header("User-Agent", userAgent);
        for (Map.Entry<String, String> header : call.requestHeaders().entrySet()) {
            request.header(header.getKey(), header.getValue());
        }
        Entity<byte[]> entity = Entity.entity(call.requestBytes(), MediaType.APPLICATION_JSON_TYPE);
        long start = System.nanoTime();
        try (Response response = request.method(route.operation().method(), entity)) {
            byte[] body = response.hasEntity() ? readBounded(response.readEntity(InputStream.class)) : EMPTY;
            Map<String, List<String>> headers = response.getStringHeaders();
            call.answered(response.getStatus(), headers, body, System.nanoTime() - start);
        } catch (ProcessingException | IOException e) {
            TransportError error = TransportErrors.classify(e);
            if (error == null) {
                throw new DanaClientException(route.operation().operationId() + " failed: " + e.getClass().getName(),
                        e);
            }
            call.failed(error, e, System.nanoTime() - start);
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IOException("response body exceeds " + MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        }
    }
}
