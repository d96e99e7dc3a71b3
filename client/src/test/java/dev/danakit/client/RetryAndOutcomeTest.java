package dev.danakit.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.disbursement.model.TransferToDanaResponse;
import dev.danakit.client.http.AttemptEvent;
import dev.danakit.client.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.client.outcome.DanaCallException;
import dev.danakit.protocol.codes.NextAction;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.protocol.codes.OutcomeKind;
import dev.danakit.client.outcome.TransportError;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttResponse;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Issue B: DANA's retry rules and typed outcomes, against an embedded local server. */
class RetryAndOutcomeTest {

    private static final KeyPair MERCHANT = Fixtures.rsa();
    private static final KeyPair DANA = Fixtures.rsa();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Outcome<ApplyOttResponse> applyOtt(DanaClient client, CallOptions options, ApplyOttRequest request) {
        return client.widget().call(options, api -> api.applyOtt("Bearer " + Fixtures.CUSTOMER_TOKEN,
                Fixtures.DEVICE_ID, request, null, null, null));
    }

    @Test
    void timeoutThenSuccessKeepsThePartnerReferenceNoWithAFreshExternalId() throws Exception {
        List<AttemptEvent> events = new CopyOnWriteArrayList<>();
        try (LocalDana dana = new LocalDana((r, i) -> i == 0 ? LocalDana.Reply.stall(1500)
                : LocalDana.Reply.json(200, Fixtures.topUpSuccess("TOP-20240513-0001")));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA)
                        .listener(events::add).build())) {
            Outcome<TransferToDanaResponse> outcome = client.disbursement().call(api ->
                    api.transferToDana(Fixtures.topUp("TOP-20240513-0001")));

            assertEquals(OutcomeKind.SUCCESS, outcome.kind());
            assertEquals("2003800", outcome.code().code());
            assertEquals("38", outcome.code().serviceCode());
            assertEquals(2, outcome.attempts());
            List<LocalDana.Received> wire = dana.received();
            assertEquals(2, wire.size());
            assertEquals("/rest/v1.0/emoney/topup", wire.get(1).path());
            assertEquals("TOP-20240513-0001", JSON.readTree(wire.get(0).body()).get("partnerReferenceNo").asText());
            assertEquals("TOP-20240513-0001", JSON.readTree(wire.get(1).body()).get("partnerReferenceNo").asText());
            assertArrayEquals(wire.get(0).body(), wire.get(1).body(), "the same request again, byte for byte");
            assertNotEquals(wire.get(0).header("X-EXTERNAL-ID"), wire.get(1).header("X-EXTERNAL-ID"));
            assertEquals(List.of(wire.get(0).header("X-EXTERNAL-ID"), wire.get(1).header("X-EXTERNAL-ID")),
                    outcome.externalIds());
            assertTrue(Fixtures.snapRequestVerifies(wire.get(0), MERCHANT.getPublic()));
            assertTrue(Fixtures.snapRequestVerifies(wire.get(1), MERCHANT.getPublic()), "each attempt signed anew");

            assertEquals(2, events.size());
            assertEquals(TransportError.TIMEOUT, events.get(0).transportError());
            assertTrue(events.get(0).willRetry());
            assertEquals(wire.get(0).header("X-EXTERNAL-ID"), events.get(0).externalId());
            assertEquals("transferToDana", events.get(0).operationId());
            assertEquals(200, events.get(1).httpStatus());
            assertFalse(events.get(1).willRetry());
        }
    }

    @Test
    void threeTimeoutsEndUnknownAndTellTheCallerToQueryTheStatus() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.stall(1500));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<TransferToDanaResponse> outcome = client.disbursement().call(api ->
                    api.transferToDana(Fixtures.topUp("TOP-20240513-0002")));

            assertEquals(OutcomeKind.UNKNOWN, outcome.kind());
            assertEquals(NextAction.QUERY_STATUS, outcome.action());
            assertTrue(outcome.code().meaning().contains("query the status"));
            assertEquals(TransportError.TIMEOUT, outcome.transportError().orElseThrow());
            assertEquals(3, outcome.attempts());
            assertEquals(3, dana.received().size());
            assertEquals(1, dana.received().stream().map(r -> r.bodyText()).distinct().count(),
                    "one partnerReferenceNo, one body");
            assertEquals(3, outcome.externalIds().stream().distinct().count());
            DanaCallException thrown = assertThrows(DanaCallException.class, outcome::orThrow);
            assertEquals(OutcomeKind.UNKNOWN, thrown.outcome().kind());
        }
    }

    @Test
    void aClientErrorWithExtraFieldsMapsToItsTypedCodeAndIsNotRetried() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(400,
                "{\"responseCode\":\"4004901\",\"responseMessage\":\"Invalid Field Format X-LATITUDE\","
                        + "\"traceId\":\"t-1\",\"errors\":[{\"field\":\"X-LATITUDE\"}],\"additionalInfo\":{\"x\":1}}"));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<ApplyOttResponse> outcome = applyOtt(client, CallOptions.defaults().asIdempotent(),
                    Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN));

            assertEquals(OutcomeKind.FAILURE, outcome.kind());
            assertEquals("4004901", outcome.code().code());
            assertEquals(400, outcome.code().httpStatus());
            assertEquals("49", outcome.code().serviceCode());
            assertEquals("01", outcome.code().caseCode());
            assertEquals("Invalid Field Format", outcome.code().name());
            assertEquals("Invalid Field Format X-LATITUDE", outcome.code().message());
            assertEquals(NextAction.FIX_REQUEST, outcome.action());
            assertFalse(outcome.retrySafe());
            assertEquals(400, outcome.httpStatus());
            assertTrue(outcome.rawBody().isEmpty(), "decoded, so no raw body kept");
            assertEquals(1, dana.received().size());
        }
    }

    @Test
    void anHtmlBadGatewayIsUnknownWithTheStatusAndATruncatedBody() throws Exception {
        String page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x".repeat(2000) + "</body></html>";
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.html(502, page));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<ApplyOttResponse> outcome = applyOtt(client, CallOptions.defaults(),
                    Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN));

            assertEquals(OutcomeKind.UNKNOWN, outcome.kind());
            assertEquals(502, outcome.httpStatus());
            assertEquals(502, outcome.code().httpStatus());
            assertNull(outcome.code().code());
            assertEquals(NextAction.QUERY_STATUS, outcome.action());
            String raw = outcome.rawBody().orElseThrow();
            assertTrue(raw.startsWith("<html><head><title>502 Bad Gateway"));
            assertTrue(raw.length() < page.length());
            assertEquals(3, dana.received().size(), "5xx is retried as DANA asks");
        }
    }

    @Test
    void anEmptyServerErrorBodyIsUnknownToo() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> new LocalDana.Reply(503, "text/plain", new byte[0], 0));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<ApplyOttResponse> outcome = applyOtt(client, CallOptions.defaults(),
                    Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN));
            assertEquals(OutcomeKind.UNKNOWN, outcome.kind());
            assertEquals(503, outcome.httpStatus());
            assertEquals("", outcome.rawBody().orElseThrow());
        }
    }

    @Test
    void rateLimitingIsRetriedOnlyForIdempotentCalls() throws Exception {
        String tooMany = "{\"responseCode\":\"4294900\",\"responseMessage\":\"Too Many Requests\"}";
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(429, tooMany));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<ApplyOttResponse> once = applyOtt(client, CallOptions.defaults(),
                    Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN));
            assertEquals(OutcomeKind.FAILURE, once.kind());
            assertEquals(NextAction.RETRY_LATER, once.action());
            assertEquals(1, dana.received().size(), "a non-idempotent call is not retried after a definite failure");

            Outcome<ApplyOttResponse> idempotent = applyOtt(client, CallOptions.defaults().asIdempotent(),
                    Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN));
            assertEquals(3, idempotent.attempts());
            assertEquals(4, dana.received().size());
        }
    }

    @Test
    void serverErrorThenSuccessIsRetried() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> i == 0
                ? LocalDana.Reply.json(500, "{\"responseCode\":\"5004901\",\"responseMessage\":\"Internal Server Error\"}")
                : LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<ApplyOttResponse> outcome = applyOtt(client, CallOptions.defaults(),
                    Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN));
            assertEquals(OutcomeKind.SUCCESS, outcome.kind());
            assertEquals(2, outcome.attempts());
        }
    }

    @Test
    void refusedConnectionIsAFailureThatNeverReachedDana() throws Exception {
        LocalDana closed = new LocalDana((r, i) -> LocalDana.Reply.json(200, "{}"));
        closed.close();
        try (DanaClient client = DanaClient.create(Fixtures.config(closed, MERCHANT, DANA).build())) {
            Outcome<ApplyOttResponse> outcome = applyOtt(client, CallOptions.defaults(),
                    Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN));
            assertEquals(OutcomeKind.FAILURE, outcome.kind());
            assertEquals(TransportError.CONNECT_FAILED, outcome.transportError().orElseThrow());
            assertTrue(outcome.retrySafe());
            assertEquals(3, outcome.attempts());
        }
    }

    @Test
    void openApiResultStatusesMapToOutcomes() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, Fixtures.openApiResponse(
                DANA.getPrivate(), "2024-05-13T10:15:31+07:00", "F", "00000004", "PARAM_ILLEGAL")));
                DanaClient client = Fixtures.clientAtClock(dana, MERCHANT, DANA)) {
            Outcome<QueryMerchantResourceResponse> failed = Fixtures.callQueryMerchantResource(client);
            assertEquals(OutcomeKind.FAILURE, failed.kind());
            assertEquals("00000004", failed.code().code());
            assertEquals("PARAM_ILLEGAL", failed.code().name());
            assertEquals(NextAction.FIX_REQUEST, failed.action());
            assertEquals("PARAM_ILLEGAL", failed.value().orElseThrow().getResponse().getBody().getResultInfo()
                    .getResultCode(), "the parsed answer is kept: it came as HTTP 200");
            assertEquals(1, dana.received().size());

            dana.respond((r, i) -> LocalDana.Reply.json(200, Fixtures.openApiResponse(DANA.getPrivate(),
                    "2024-05-13T10:15:31+07:00", "U", "00000900", "SYSTEM_ERROR")));
            Outcome<QueryMerchantResourceResponse> unknown = Fixtures.callQueryMerchantResource(client);
            assertEquals(OutcomeKind.UNKNOWN, unknown.kind());
            assertEquals(NextAction.QUERY_STATUS, unknown.action());
            assertEquals(3, unknown.attempts());
            assertEquals(3, unknown.externalIds().stream().distinct().count(), "a fresh reqMsgId per attempt");
        }
    }
}
