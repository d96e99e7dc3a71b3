package dev.danakit.client.http;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.ClientRequest;
import org.glassfish.jersey.client.ClientResponse;
import org.glassfish.jersey.client.spi.AsyncConnectorCallback;
import org.glassfish.jersey.client.spi.Connector;
import org.glassfish.jersey.client.spi.ConnectorProvider;

/**
 * DanaClient's Jersey connector: java.net.http at HTTP/1.1 (never {@code Upgrade: h2c}), sending a {@code byte[]}
 * entity as it is (the signed bytes: no entity writer, no second buffer) and taking the answer as one array in one
 * hand-over from the HTTP client's thread (java.net.http's own connector streams it, which costs a thread switch
 * per read on a busy machine). Any other entity goes through Jersey's writers as usual. Honours the client's connect
 * and read timeouts, its SSL context and {@link ClientProperties#PROXY_URI}. Restricted headers (Host,
 * Content-Length, Connection, ...) are the HTTP client's to set.
 */
public final class ExactBytesConnectorProvider implements ConnectorProvider {

    @Override
    public Connector getConnector(Client client, Configuration configuration) {
        return new ExactBytesConnector(client, configuration);
    }

    private static final class ExactBytesConnector implements Connector {

        /** Longest answer read (DANA's are a few KB); the caller's Sender checks streamed answers again. */
        private static final int MAX_BODY_BYTES = 8 << 20;
        /** An answer that announces more than that is discarded unread (its body becomes null). */
        private static final HttpResponse.BodyHandler<byte[]> BOUNDED = info ->
                info.headers().firstValueAsLong("Content-Length").orElse(0) > MAX_BODY_BYTES
                        ? HttpResponse.BodySubscribers.replacing(null)
                        : HttpResponse.BodySubscribers.ofByteArray();

        /** Compared ignoring case, without a lower-cased copy of every header name. */
        private static final Set<String> RESTRICTED = restricted("connection", "content-length", "expect", "host",
                "upgrade");

        private final HttpClient http;
        private final Duration readTimeout;

        ExactBytesConnector(Client client, Configuration configuration) {
            HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER);
            if (client.getSslContext() != null) {
                builder.sslContext(client.getSslContext());
            }
            int connect = ClientProperties.getValue(configuration.getProperties(), ClientProperties.CONNECT_TIMEOUT,
                    0, Integer.class);
            if (connect > 0) {
                builder.connectTimeout(Duration.ofMillis(connect));
            }
            Object proxy = configuration.getProperty(ClientProperties.PROXY_URI);
            if (proxy != null) {
                URI uri = URI.create(proxy.toString());
                builder.proxy(ProxySelector.of(new InetSocketAddress(uri.getHost(), uri.getPort())));
            }
            int read = ClientProperties.getValue(configuration.getProperties(), ClientProperties.READ_TIMEOUT, 0,
                    Integer.class);
            this.readTimeout = read > 0 ? Duration.ofMillis(read) : null;
            this.http = builder.build();
        }

        @Override
        public ClientResponse apply(ClientRequest request) {
            HttpRequest.Builder outbound = HttpRequest.newBuilder(request.getUri())
                    .method(request.getMethod(), body(request));
            if (readTimeout != null) {
                outbound.timeout(readTimeout);
            }
            for (Map.Entry<String, List<String>> header : request.getStringHeaders().entrySet()) {
                if (!RESTRICTED.contains(header.getKey())) {
                    for (String value : header.getValue()) {
                        outbound.header(header.getKey(), value);
                    }
                }
            }
            HttpResponse<byte[]> answer;
            try {
                answer = http.send(outbound.build(), BOUNDED);
            } catch (IOException e) {
                throw new ProcessingException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProcessingException(e);
            }
            if (answer.body() == null) {
                throw new ProcessingException(new IOException("response body exceeds " + MAX_BODY_BYTES + " bytes"));
            }
            ClientResponse response = new ClientResponse(status(answer.statusCode()), request);
            response.headers(answer.headers().map());
            response.setEntityStream(new ByteArrayInputStream(answer.body()));
            return response;
        }

        private static Set<String> restricted(String... names) {
            Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            set.addAll(List.of(names));
            return Collections.unmodifiableSet(set);
        }

        private static HttpRequest.BodyPublisher body(ClientRequest request) {
            if (!request.hasEntity()) {
                return HttpRequest.BodyPublishers.noBody();
            }
            if (request.getEntity() instanceof byte[] bytes) {
                return HttpRequest.BodyPublishers.ofByteArray(bytes);
            }
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            request.setStreamProvider(length -> written);
            try {
                request.writeEntity();
            } catch (IOException e) {
                throw new ProcessingException(e);
            }
            return HttpRequest.BodyPublishers.ofByteArray(written.toByteArray());
        }

        private static Response.StatusType status(int code) {
            Response.Status known = Response.Status.fromStatusCode(code);
            if (known != null) {
                return known;
            }
            return new Response.StatusType() {
                @Override
                public int getStatusCode() {
                    return code;
                }

                @Override
                public Response.Status.Family getFamily() {
                    return Response.Status.Family.familyOf(code);
                }

                @Override
                public String getReasonPhrase() {
                    return "";
                }
            };
        }

        @Override
        public Future<?> apply(ClientRequest request, AsyncConnectorCallback callback) {
            CompletableFuture<ClientResponse> future = new CompletableFuture<>();
            try {
                ClientResponse response = apply(request);
                callback.response(response);
                future.complete(response);
            } catch (RuntimeException e) {
                callback.failure(e);
                future.completeExceptionally(e);
            }
            return future;
        }

        @Override
        public String getName() {
            return "dana-exact-bytes (java.net.http, HTTP/1.1)";
        }

        @Override
        public void close() {
            // java.net.http's client in Java 17 has no close; its threads end with it
        }
    }
}
