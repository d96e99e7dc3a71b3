package dev.danakit.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.auth.model.B2bTokenRequest;
import dev.danakit.client.auth.model.B2bTokenResponse;
import dev.danakit.client.merchant.model.QueryMerchantResourceResponse;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.protocol.codes.OutcomeKind;
import dev.danakit.client.outcome.RequestValidationException;
import dev.danakit.client.outcome.ResponseSignatureException;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.snap.SnapTimestamp;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue A: what the client puts on the wire, checked by an independent JDK verifier on a local server. */
class SignedRequestTest {

    private static final KeyPair MERCHANT = Fixtures.rsa();
    private static final KeyPair DANA = Fixtures.rsa();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void snapCallIsSignedOverTheExactBytesOnTheWire() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<ApplyOttResponse> outcome = client.widget().call(api -> api.applyOtt(
                    "Bearer " + Fixtures.CUSTOMER_TOKEN, Fixtures.DEVICE_ID, Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN),
                    "10.0.0.7", "-6.2088", "106.8456"));

            assertEquals(OutcomeKind.SUCCESS, outcome.kind());
            assertEquals("2004900", outcome.code().code());
            assertEquals(Fixtures.OTT_VALUE, outcome.value().orElseThrow().getUserResources().get(0).getValue());
            LocalDana.Received wire = dana.received().get(0);
            assertEquals("POST", wire.method());
            assertEquals("/rest/v1.1/qr/apply-ott", wire.path());
            assertTrue(Fixtures.snapRequestVerifies(wire, MERCHANT.getPublic()), "X-SIGNATURE over the wire bytes");
            assertEquals(Integer.toString(wire.body().length), wire.header("Content-Length"));
            assertTrue(wire.header("Content-Type").startsWith("application/json"));
            SnapTimestamp.parse(wire.header("X-TIMESTAMP"));
            assertEquals(Fixtures.PARTNER_ID, wire.header("X-PARTNER-ID"));
            assertEquals("95221", wire.header("CHANNEL-ID"));
            assertEquals(Fixtures.ORIGIN, wire.header("ORIGIN"));
            String externalId = wire.header("X-EXTERNAL-ID");
            assertTrue(externalId.length() <= 36 && !externalId.isBlank());
            assertEquals(List.of(externalId), outcome.externalIds());
            assertEquals("Bearer " + Fixtures.CUSTOMER_TOKEN, wire.header("Authorization-Customer"));
            assertEquals(Fixtures.DEVICE_ID, wire.header("X-DEVICE-ID"));
            assertEquals("10.0.0.7", wire.header("X-IP-ADDRESS"));
            assertEquals("-6.2088", wire.header("X-LATITUDE"));
            assertEquals("106.8456", wire.header("X-LONGITUDE"));
            JsonNode body = JSON.readTree(wire.body());
            assertEquals(Fixtures.CUSTOMER_TOKEN, body.at("/additionalInfo/accessToken").asText());
            assertFalse(wire.bodyText().contains(" "), "compact JSON: minified bytes are the sent bytes");
        }
    }

    @Test
    void aChangedByteOrAnotherKeyFailsTheIndependentVerifier() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            client.widget().call(api -> api.applyOtt("Bearer t", "d", Fixtures.applyOtt("t"), null, null, null));
            LocalDana.Received wire = dana.received().get(0);
            byte[] tampered = Arrays.copyOf(wire.body(), wire.body().length);
            tampered[tampered.length - 2] ^= 1;
            LocalDana.Received forged = new LocalDana.Received(wire.method(), wire.path(), wire.headers(), tampered);
            assertFalse(Fixtures.snapRequestVerifies(forged, MERCHANT.getPublic()));
            assertFalse(Fixtures.snapRequestVerifies(wire, DANA.getPublic()), "another key does not verify");
        }
    }

    @Test
    void pinnedExternalIdIsSentOnEveryAttemptAndFreshOnesAreUnique() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> i == 0 ? LocalDana.Reply.json(500,
                "{\"responseCode\":\"5004900\",\"responseMessage\":\"General Error\"}")
                : LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<ApplyOttResponse> pinned = client.widget().call(CallOptions.defaults().withExternalId("replay-42"),
                    api -> api.applyOtt("Bearer t", "d", Fixtures.applyOtt("t"), null, null, null));
            assertEquals(List.of("replay-42", "replay-42"), pinned.externalIds());
            assertEquals("replay-42", dana.received().get(0).header("X-EXTERNAL-ID"));
            assertEquals("replay-42", dana.received().get(1).header("X-EXTERNAL-ID"));

            client.widget().call(api -> api.applyOtt("Bearer t", "d", Fixtures.applyOtt("t"), null, null, null));
            client.widget().call(api -> api.applyOtt("Bearer t", "d", Fixtures.applyOtt("t"), null, null, null));
            assertEquals(4, dana.received().size());
            assertFalse(dana.received().get(2).header("X-EXTERNAL-ID")
                    .equals(dana.received().get(3).header("X-EXTERNAL-ID")));
        }
    }

    @Test
    void beanValidationRunsBeforeAnyByteIsSent() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            RequestValidationException e = assertThrows(RequestValidationException.class,
                    () -> client.widget().call(api -> api.applyOtt("Bearer t", "d", Fixtures.applyOtt(null),
                            null, null, null)));
            assertEquals(List.of("additionalInfo.accessToken"), e.propertyPaths());
            assertTrue(e.getMessage().contains("additionalInfo.accessToken"));

            String tooLong = "x".repeat(513);
            RequestValidationException secretNotEchoed = assertThrows(RequestValidationException.class,
                    () -> client.widget().call(api -> api.applyOtt("Bearer t", "d", Fixtures.applyOtt(tooLong),
                            null, null, null)));
            assertFalse(secretNotEchoed.getMessage().contains(tooLong));

            RequestValidationException openApi = assertThrows(RequestValidationException.class,
                    () -> client.merchantManagement().call(api -> api.queryMerchantResource(
                            Fixtures.queryMerchantResource("2".repeat(22)))));
            assertEquals(List.of("request.body.requestMerchantId"), openApi.propertyPaths());

            RequestValidationException missingHeader = assertThrows(RequestValidationException.class,
                    () -> client.widget().call(api -> api.applyOtt(null, "d", Fixtures.applyOtt("t"),
                            null, null, null)));
            assertEquals(List.of("authorizationCustomer"), missingHeader.propertyPaths());
            assertEquals(0, dana.received().size(), "nothing reached the server");
        }
    }

    @Test
    void openApiCallerSetsOnlyTheBodyAndTheClientFillsHeadAndSignsTheExactRequestBytes() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200,
                Fixtures.openApiResponse(DANA.getPrivate(), "2024-05-13T10:15:31+07:00", "S", "00000000", "SUCCESS")));
                DanaClient client = Fixtures.clientAtClock(dana, MERCHANT, DANA)) {
            Outcome<QueryMerchantResourceResponse> outcome = Fixtures.callQueryMerchantResource(client);

            assertEquals(OutcomeKind.SUCCESS, outcome.kind());
            assertEquals("00000000", outcome.code().code());
            assertEquals("SUCCESS", outcome.code().name());
            LocalDana.Received wire = dana.received().get(0);
            assertEquals("/dana/merchant/queryMerchantResource.htm", wire.path());
            assertNull(wire.header("X-SIGNATURE"), "Open API calls carry the signature in the body");
            String text = wire.bodyText();
            String prefix = "{\"request\":";
            int signatureAt = text.lastIndexOf(",\"signature\":\"");
            assertTrue(text.startsWith(prefix) && signatureAt > 0 && text.endsWith("\"}"));
            byte[] value = Arrays.copyOfRange(wire.body(), prefix.length(), signatureAt);
            String signature = text.substring(signatureAt + ",\"signature\":\"".length(), text.length() - 2);
            assertTrue(Fixtures.verifies(MERCHANT.getPublic(), value, signature), "signature over the request bytes");

            JsonNode head = JSON.readTree(value).get("head");
            assertEquals("2.0", head.get("version").asText());
            assertEquals("dana.merchant.queryMerchantResource", head.get("function").asText());
            assertEquals(Fixtures.PARTNER_ID, head.get("clientId").asText());
            assertEquals(Fixtures.CLIENT_SECRET, head.get("clientSecret").asText());
            assertEquals("2024-05-13T10:15:30+07:00", head.get("reqTime").asText());
            assertEquals("{}", head.get("reserve").textValue(), "reserve is the string {}");
            UUID.fromString(head.get("reqMsgId").asText());
            assertEquals(List.of(head.get("reqMsgId").asText()), outcome.externalIds());
            assertEquals("216620000012345678901", JSON.readTree(value).at("/body/requestMerchantId").asText());
        }
    }

    @Test
    void openApiResponseWithABadSignatureFailsTypedUnlessVerificationIsOff() throws Exception {
        KeyPair impostor = Fixtures.rsa();
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200,
                Fixtures.openApiResponse(impostor.getPrivate(), "2024-05-13T10:15:31+07:00", "S", "00000000",
                        "SUCCESS")))) {
            try (DanaClient client = Fixtures.clientAtClock(dana, MERCHANT, DANA)) {
                ResponseSignatureException e = assertThrows(ResponseSignatureException.class,
                        () -> Fixtures.callQueryMerchantResource(client));
                assertEquals(SignatureVerificationException.Reason.BAD_SIGNATURE, e.reason());
                assertEquals(1, dana.received().size(), "a forged answer is not retried");
            }
            try (DanaClient sandbox = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).clock(Fixtures.CLOCK)
                    .verifyResponseSignatures(false).build())) {
                Outcome<QueryMerchantResourceResponse> trusted = Fixtures.callQueryMerchantResource(sandbox);
                assertEquals(OutcomeKind.SUCCESS, trusted.kind());
            }
        }
    }

    @Test
    void openApiResponseOutsideTheTimeWindowIsRejected() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200,
                Fixtures.openApiResponse(DANA.getPrivate(), "2024-05-13T09:00:00+07:00", "S", "00000000", "SUCCESS")));
                DanaClient client = Fixtures.clientAtClock(dana, MERCHANT, DANA)) {
            ResponseSignatureException e = assertThrows(ResponseSignatureException.class,
                    () -> Fixtures.callQueryMerchantResource(client));
            assertEquals(SignatureVerificationException.Reason.STALE_TIMESTAMP, e.reason());
        }
    }

    @Test
    void accessTokenCallsCarryTheClientKeyAndSignClientIdAndTimestamp() throws Exception {
        String answer = "{\"responseCode\":\"2007300\",\"responseMessage\":\"Successful\",\"accessToken\":\"b2b-token\","
                + "\"tokenType\":\"Bearer\",\"expiresIn\":\"900\"}";
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, answer));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            Outcome<B2bTokenResponse> outcome = client.auth().call(api ->
                    api.applyB2bToken(new B2bTokenRequest().grantType("client_credentials")));

            assertEquals(OutcomeKind.SUCCESS, outcome.kind());
            LocalDana.Received wire = dana.received().get(0);
            assertEquals("/v1.0/access-token/b2b.htm", wire.path());
            assertEquals(Fixtures.PARTNER_ID, wire.header("X-CLIENT-KEY"));
            String signed = Fixtures.PARTNER_ID + "|" + wire.header("X-TIMESTAMP");
            assertTrue(Fixtures.verifies(MERCHANT.getPublic(), signed.getBytes(StandardCharsets.UTF_8),
                    wire.header("X-SIGNATURE")));
            assertNull(wire.header("X-EXTERNAL-ID"), "token requests carry no transaction headers");
        }
    }

    @Test
    void theBareGeneratedApiIsWiredTooAndSignsWithoutRetries() throws Exception {
        try (LocalDana dana = new LocalDana((r, i) -> LocalDana.Reply.json(200, Fixtures.ottSuccess()));
                DanaClient client = DanaClient.create(Fixtures.config(dana, MERCHANT, DANA).build())) {
            ApplyOttResponse response = client.widget().api().applyOtt("Bearer t", "d", Fixtures.applyOtt("t"),
                    null, null, null);
            assertEquals("2004900", response.getResponseCode());
            assertTrue(Fixtures.snapRequestVerifies(dana.received().get(0), MERCHANT.getPublic()));
            assertArrayEquals("OTT".getBytes(StandardCharsets.UTF_8),
                    response.getUserResources().get(0).getResourceType().getBytes(StandardCharsets.UTF_8));
        }
    }
}
