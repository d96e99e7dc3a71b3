package dev.danakit.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.danakit.client.http.ExactBytesConnectorProvider;
import dev.danakit.client.http.RetryPolicy;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.outcome.TransportError;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.protocol.codes.OutcomeKind;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.client.ClientConfig;
import org.junit.jupiter.api.Test;

/**
 * DanaClient's own Jersey configuration sends straight through its connector; a caller's configuration goes through
 * Jersey's full invocation so that the caller's filters run. Both put the same request on the wire and read the
 * same answer into the same outcome.
 */
class JerseyWaysTest {

    private static final KeyPair MERCHANT = Fixtures.rsa();
    private static final KeyPair DANA = Fixtures.rsa();
    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-05-13T03:15:30Z"), ZoneOffset.UTC);

    private static DanaClientConfig.Builder config(LocalDana dana) {
        // one attempt per call: each call is one request on the wire
        return Fixtures.config(dana, MERCHANT, DANA).clock(FIXED).retryPolicy(RetryPolicy.none());
    }

    private static Outcome<ApplyOttResponse> applyOtt(DanaClient client) {
        return client.widget().call(CallOptions.defaults().withExternalId("ext-1"), api -> api.applyOtt("Bearer t",
                "device-1", Fixtures.applyOtt("t"), null, null, null));
    }

    private static Map<String, List<String>> headers(LocalDana.Received received) {
        Map<String, List<String>> headers = new TreeMap<>();
        received.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return headers;
    }

    @Test
    void bothWaysSendTheSameBytesAndHeadersAndReadTheSameOutcome() throws Exception {
        AtomicInteger filtered = new AtomicInteger();
        Client callers = ClientBuilder.newClient(new ClientConfig().connectorProvider(new ExactBytesConnectorProvider())
                .register((ClientRequestFilter) request -> filtered.incrementAndGet()));
        try (LocalDana dana = new LocalDana((request, index) -> LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient own = DanaClient.create(config(dana).build());
                DanaClient viaCallers = DanaClient.create(config(dana).jerseyClient(callers).build())) {
            Outcome<ApplyOttResponse> direct = applyOtt(own);
            Outcome<ApplyOttResponse> invoked = applyOtt(viaCallers);

            assertEquals(1, filtered.get(), "the caller's filter ran once, for the call through its configuration");
            LocalDana.Received first = dana.received().get(0);
            LocalDana.Received second = dana.received().get(1);
            assertEquals("POST /rest/v1.1/qr/apply-ott", first.method() + " " + first.path());
            assertEquals(first.method() + " " + first.path(), second.method() + " " + second.path());
            assertArrayEquals(first.body(), second.body());
            assertEquals(headers(first), headers(second));
            assertEquals("application/json", first.header("Content-Type"));
            assertEquals("application/json", first.header("Accept"));
            assertEquals("dana-contract-kit-client", first.header("User-Agent"));
            assertEquals("2024-05-13T10:15:30+07:00", first.header("X-TIMESTAMP"));

            assertEquals(OutcomeKind.SUCCESS, direct.kind());
            assertEquals(invoked.kind(), direct.kind());
            assertEquals(invoked.httpStatus(), direct.httpStatus());
            assertEquals(invoked.code(), direct.code());
            assertEquals(invoked.value().orElseThrow().getUserResources(),
                    direct.value().orElseThrow().getUserResources());
        } finally {
            callers.close();
        }
    }

    @Test
    void bothWaysKeepAnUnreadableAnswerAndItsStatus() throws Exception {
        Client callers = ClientBuilder.newClient(new ClientConfig().connectorProvider(new ExactBytesConnectorProvider())
                .register((ClientRequestFilter) request -> { }));
        try (LocalDana dana = new LocalDana((request, index) -> LocalDana.Reply.html(502, "<html>bad gateway</html>"));
                DanaClient own = DanaClient.create(config(dana).build());
                DanaClient viaCallers = DanaClient.create(config(dana).jerseyClient(callers).build())) {
            Outcome<ApplyOttResponse> direct = applyOtt(own);
            Outcome<ApplyOttResponse> invoked = applyOtt(viaCallers);
            assertEquals(502, direct.httpStatus());
            assertEquals("<html>bad gateway</html>", direct.rawBody().orElseThrow());
            assertEquals(invoked.rawBody(), direct.rawBody());
            assertEquals(invoked.code(), direct.code());
            assertEquals(invoked.kind(), direct.kind());
        } finally {
            callers.close();
        }
    }

    @Test
    void aClosedClientSendsNothingEitherWay() throws Exception {
        Client callers = ClientBuilder.newClient(new ClientConfig().connectorProvider(new ExactBytesConnectorProvider())
                .register((ClientRequestFilter) request -> { }));
        try (LocalDana dana = new LocalDana((request, index) -> LocalDana.Reply.json(200, Fixtures.ottSuccess()))) {
            DanaClient own = DanaClient.create(config(dana).build());
            DanaClient viaCallers = DanaClient.create(config(dana).jerseyClient(callers).build());
            own.close();
            viaCallers.close();
            assertThrows(IllegalStateException.class, () -> applyOtt(own));
            assertThrows(IllegalStateException.class, () -> applyOtt(viaCallers));
            assertEquals(0, dana.received().size());
        } finally {
            callers.close();
        }
    }

    @Test
    void bothWaysClassifyATimeoutTheSame() throws Exception {
        Client callers = ClientBuilder.newClient(new ClientConfig().connectorProvider(new ExactBytesConnectorProvider())
                .register((ClientRequestFilter) request -> { }));
        // the first call of each client answers, so that the stalled one runs on an open connection: a request
        // timeout that ran out while connecting would be a connect failure, which a loaded machine can make happen
        try (LocalDana dana = new LocalDana((request, index) -> index < 2
                        ? LocalDana.Reply.json(200, Fixtures.ottSuccess()) : LocalDana.Reply.stall(2000));
                DanaClient own = DanaClient.create(config(dana).readTimeout(Duration.ofMillis(400)).build());
                DanaClient viaCallers = DanaClient.create(config(dana).readTimeout(Duration.ofMillis(400))
                        .jerseyClient(callers).build())) {
            assertEquals(OutcomeKind.SUCCESS, applyOtt(own).kind());
            assertEquals(OutcomeKind.SUCCESS, applyOtt(viaCallers).kind());
            Outcome<ApplyOttResponse> direct = applyOtt(own);
            Outcome<ApplyOttResponse> invoked = applyOtt(viaCallers);
            assertEquals(TransportError.TIMEOUT, direct.transportError().orElseThrow());
            assertEquals(invoked.transportError(), direct.transportError());
            assertEquals(invoked.kind(), direct.kind());
            assertNull(direct.value().orElse(null));
        } finally {
            callers.close();
        }
    }
}
