package dev.danakit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.client.http.AttemptEvent;
import dev.danakit.client.http.Call.Stage;
import dev.danakit.client.http.RetryPolicy;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.outcome.ResponseSignatureException;
import dev.danakit.client.outcome.TransportError;
import dev.danakit.client.outcome.TransportException;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.protocol.codes.OutcomeKind;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Every attempt goes sign, send, verify (Open API answers), decode, in that order, on its own call object. */
class CallPathOrderTest {

    private static final KeyPair MERCHANT = Fixtures.rsa();
    private static final KeyPair DANA = Fixtures.rsa();

    private static Outcome<ApplyOttResponse> applyOtt(DanaClient client) {
        return client.widget().call(api -> api.applyOtt("Bearer " + Fixtures.CUSTOMER_TOKEN, Fixtures.DEVICE_ID,
                Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN), null, null, null));
    }

    @Test
    void aSnapAnswerIsSignedSentAndDecodedOnce() throws Exception {
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).listener(events::add)
                        .build())) {
            assertEquals(OutcomeKind.SUCCESS, applyOtt(client).kind());
            assertEquals(List.of(Stage.CREATED, Stage.SIGNED, Stage.SENT, Stage.DECODED), events.get(0).stages(),
                    "SNAP answers carry no signature to verify");
        }
    }

    @Test
    void anOpenApiAnswerIsVerifiedBeforeItIsDecoded() throws Exception {
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, Fixtures.openApiResponse(
                DANA.getPrivate(), "2024-05-13T10:15:31+07:00", "S", "00000000", "SUCCESS")));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).clock(Fixtures.CLOCK)
                        .listener(events::add).build())) {
            assertTrue(Fixtures.callQueryMerchantResource(client).isSuccess());
            assertEquals(List.of(Stage.CREATED, Stage.SIGNED, Stage.SENT, Stage.VERIFIED, Stage.DECODED),
                    events.get(0).stages());
        }
    }

    @Test
    void aForgedAnswerStopsAtVerificationAndIsNeverDecoded() throws Exception {
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        KeyPair impostor = Fixtures.rsa();
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, Fixtures.openApiResponse(
                impostor.getPrivate(), "2024-05-13T10:15:31+07:00", "S", "00000000", "SUCCESS")));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).clock(Fixtures.CLOCK)
                        .listener(events::add).build())) {
            assertThrows(ResponseSignatureException.class, () -> Fixtures.callQueryMerchantResource(client));
            assertTrue(events.isEmpty(), "no outcome is made from an answer that failed verification");
        }
    }

    @Test
    void aTimeoutEndsTheAttemptAfterSendingAndTheNextAttemptIsAFreshCall() throws Exception {
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        try (LocalDana dana = new LocalDana((r, i) -> i == 0 ? LocalDana.Reply.stall(1500)
                : LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).listener(events::add)
                        .build())) {
            assertEquals(OutcomeKind.SUCCESS, applyOtt(client).kind());
            assertEquals(TransportError.TIMEOUT, events.get(0).transportError());
            assertEquals(List.of(Stage.CREATED, Stage.SIGNED, Stage.SENT), events.get(0).stages());
            assertEquals(List.of(Stage.CREATED, Stage.SIGNED, Stage.SENT, Stage.DECODED), events.get(1).stages());
            assertEquals(2, events.get(1).attempt());
        }
    }

    @Test
    void theBareApiThrowsTheTypedTransportException() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.stall(1500));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            TransportException e = assertThrows(TransportException.class, () -> client.widget().api().applyOtt(
                    "Bearer t", "d", Fixtures.applyOtt("t"), null, null, null));
            assertEquals(TransportError.TIMEOUT, e.error());
            assertEquals(1, dana.received().size(), "the bare API does not retry");
        }
    }

    @Test
    void anAnswerOfMoreThan8MiBCountsAsAnIoError() throws Exception {
        byte[] huge = new byte[(8 << 20) + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        try (LocalDana dana = new LocalDana((r, i) -> new LocalDana.Reply(200, "application/json", huge, 0));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA)
                        .retryPolicy(RetryPolicy.none()).readTimeout(Duration.ofSeconds(5)).build())) {
            Outcome<ApplyOttResponse> outcome = applyOtt(client);
            assertEquals(TransportError.IO_ERROR, outcome.transportError().orElseThrow());
            assertEquals(OutcomeKind.UNKNOWN, outcome.kind(), "it may have been processed");
        }
    }

    @Test
    void retryPausesAreDrawnFromTheInjectedSourceWithFullJitter() throws Exception {
        List<Long> bounds = new ArrayList<>();
        RandomGenerator lowest = new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new AssertionError("only bounded draws are expected");
            }

            @Override
            public synchronized long nextLong(long bound) {
                bounds.add(bound);
                return 0;
            }
        };
        try (LocalDana dana = new LocalDana((r, i) -> new LocalDana.Reply(503, "text/plain", new byte[0], 0));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA)
                        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(8)))
                        .backoffRandom(lowest).build())) {
            assertEquals(3, applyOtt(client).attempts());
            assertEquals(List.of(Duration.ofMillis(5).toNanos() + 1, Duration.ofMillis(8).toNanos() + 1), bounds,
                    "[0, 5 ms] after the first attempt, [0, min(8, 10) ms] after the second, none after the last");
        }
    }
}
