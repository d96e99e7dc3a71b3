package dev.danakit.client.http;

import dev.danakit.client.outcome.DanaClientException;
import dev.danakit.client.outcome.TransportError;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.JerseyClient;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.internal.MapPropertiesDelegate;

/**
 * The second step of a call: sends the signed bytes with the signed headers to the operation's Jersey target (made
 * once per client) and reads the answer's raw bytes once, bounded. An I/O failure becomes the call's
 * {@link TransportError}, classified by exception type.
 *
 * <p>Two ways through Jersey, chosen once per client:
 * <ul>
 * <li><b>the client's own configuration</b> (its {@link ExactBytesConnectorProvider}, nothing registered): the
 * request goes straight to the Jersey {@link Connector} of the client's runtime, as one {@link ClientRequest} holding
 * the signed array. Jersey's runtime would add only work that has nothing to do here: a request scope, empty filter
 * chains, a writer look-up for bytes the connector sends as they are, a reader look-up and interceptor chain to hand
 * back the array the connector already holds;</li>
 * <li><b>a caller's Jersey configuration</b> ({@code DanaClientConfig.Builder#jerseyClient}): the full invocation, so
 * that the caller's connector, filters and interceptors run as they would for any request of theirs.</li>
 * </ul>
 * Both send the same request line, headers and bytes.
 */
final class Sender {

    static final int MAX_BODY_BYTES = 8 << 20;
    private static final byte[] EMPTY = new byte[0];
    private static final String JSON = MediaType.APPLICATION_JSON;

    private final String userAgent;
    /** The client's own Jersey client and its runtime's connector; null: the full Jersey invocation. */
    private final JerseyClient own;
    private final Connector connector;
    private final ClientConfig config;

    /**
     * @param jersey the client every call is sent through; its runtime is initialised here
     * @param userAgent the User-Agent sent
     */
    Sender(Client jersey, String userAgent) {
        this.userAgent = userAgent;
        if (jersey instanceof JerseyClient client && ownConfiguration(client.getConfiguration())) {
            // one runtime, made now, so that every target of this client shares its connector (and its pool)
            client.preInitialize();
            this.own = client;
            this.config = client.getConfiguration();
            this.connector = config.getConnector();
        } else {
            this.own = null;
            this.config = null;
            this.connector = null;
        }
    }

    /** The configuration DanaClient builds: its connector, and no filter, interceptor or feature of anyone's. */
    private static boolean ownConfiguration(ClientConfig configuration) {
        return configuration.getConnectorProvider() instanceof ExactBytesConnectorProvider
                && configuration.getClasses().isEmpty() && configuration.getInstances().isEmpty();
    }

    void send(Call call) {
        Route route = call.route();
        long start = System.nanoTime();
        try {
            // once the client is closed, Jersey's invocation refuses the call as it refuses any other
            if (connector != null && !own.isClosed()) {
                sendDirect(call, route, start);
            } else {
                sendInvocation(call, route, start);
            }
        } catch (ProcessingException | IOException e) {
            TransportError error = TransportErrors.classify(e);
            if (error == null) {
                throw new DanaClientException(route.operation().operationId() + " failed: " + e.getClass().getName(),
                        e);
            }
            call.failed(error, e, System.nanoTime() - start);
        }
    }

    private void sendDirect(Call call, Route route, long start) throws IOException {
        ClientRequest request = new SignedRequest(route.uri(), config);
        request.setMethod(route.operation().method());
        MultivaluedMap<String, Object> headers = request.getHeaders();
        headers.add(HttpHeaders.ACCEPT, JSON);
        headers.add(HttpHeaders.USER_AGENT, userAgent);
        for (Map.Entry<String, String> header : call.requestHeaders().entrySet()) {
            headers.add(header.getKey(), header.getValue());
        }
        headers.add(HttpHeaders.CONTENT_TYPE, JSON);
        request.setEntity(call.requestBytes());
        ClientResponse response;
        try {
            response = connector.apply(request);
        } catch (ProcessingException e) {
            throw e;
        } catch (RuntimeException e) {
            // as Jersey's runtime hands it on: a failure of the connector is a processing failure
            throw new ProcessingException(e.getMessage(), e);
        }
        try {
            byte[] body = response.hasEntity() ? readBounded(response.getEntityStream()) : EMPTY;
            call.answered(response.getStatus(), response.getHeaders(), body, System.nanoTime() - start);
        } finally {
            response.close();
        }
    }

    private void sendInvocation(Call call, Route route, long start) throws IOException {
        Invocation.Builder request = route.target().request(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.USER_AGENT, userAgent);
        for (Map.Entry<String, String> header : call.requestHeaders().entrySet()) {
            request.header(header.getKey(), header.getValue());
        }
        Entity<byte[]> entity = Entity.entity(call.requestBytes(), MediaType.APPLICATION_JSON_TYPE);
        try (Response response = request.method(route.operation().method(), entity)) {
            byte[] body = response.hasEntity() ? readBounded(response.readEntity(InputStream.class)) : EMPTY;
            Map<String, List<String>> headers = response.getStringHeaders();
            call.answered(response.getStatus(), headers, body, System.nanoTime() - start);
        }
    }

    /**
     * Reads the whole answer, at most {@link #MAX_BODY_BYTES}. An answer already in memory (the connector's) says
     * its size through {@link InputStream#available()} and is copied once into an array of that size; the rest of
     * a streamed one, if any, is read after it.
     */
    static byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            byte[] announced = in.readNBytes(Math.min(in.available(), MAX_BODY_BYTES));
            int next = in.read();
            if (next < 0) {
                return announced;
            }
            byte[] rest = in.readNBytes(MAX_BODY_BYTES - announced.length);
            int length = announced.length + 1 + rest.length;
            if (length > MAX_BODY_BYTES) {
                throw new IOException("response body exceeds " + MAX_BODY_BYTES + " bytes");
            }
            byte[] bytes = Arrays.copyOf(announced, length);
            bytes[announced.length] = (byte) next;
            System.arraycopy(rest, 0, bytes, announced.length + 1, rest.length);
            return bytes;
        }
    }

    /** A Jersey request made outside Jersey's invocation (its constructor is for subclasses). */
    private static final class SignedRequest extends ClientRequest {

        SignedRequest(URI uri, ClientConfig config) {
            super(uri, config, new MapPropertiesDelegate());
        }
    }
}
