package dev.danakit.protocol.answers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusal.Kind;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.testing.TestKeyPairs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DanaAnswersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-13T03:15:30Z"), ZoneOffset.UTC);
    private static final String NOW = SnapTimestamp.now(CLOCK);
    private static final KeyPair KEYS = TestKeyPairs.rsa2048();
    private static final OperationTable TABLE = OperationTable.dana();
    private static final DanaOperation FINISH = TABLE.operation("merchant-callbacks.yaml", "finishNotify");
    private static final DanaOperation UNBIND = TABLE.operation("merchant-callbacks.yaml", "unbindNotify");
    private static final DanaOperation MERCHANT = TABLE.operation("merchant-management.yaml", "queryMerchantResource");
    private static final DanaOperation CREATE_ORDER = TABLE.operation("payment-gateway.yaml", "createOrder");
    private static final DanaOperation REMOVE_TOKEN = TABLE.operation("nicepay-payloan.yaml", "removeToken");

    private final DanaAnswers answers = new DanaAnswers(KEYS.getPrivate(), CLOCK);

    @Test
    void snapRefusalsSpellStatusServiceAndCase() {
        assertSnap(answers.refusal(FINISH, new Refusal(Kind.UNAUTHORIZED, "X-SIGNATURE does not match the signed "
                + "content"), (byte[]) null), 401, "4015600", "Unauthorized. X-SIGNATURE does not match the signed content");
        assertSnap(answers.refusal(FINISH, new Refusal(Kind.BAD_REQUEST, "body is not well-formed JSON"),
                (byte[]) null), 400, "4005600", "Bad Request. body is not well-formed JSON");
        assertSnap(answers.refusal(FINISH, new Refusal(Kind.BAD_REQUEST, null), (byte[]) null), 400, "4005600",
                "Bad Request");
        assertSnap(answers.refusal(FINISH, new Refusal(Kind.INVALID_FIELD_FORMAT, "CHANNEL-ID"), (byte[]) null),
                400, "4005601", "Invalid Field Format CHANNEL-ID");
        assertSnap(answers.refusal(FINISH, new Refusal(Kind.INVALID_MANDATORY_FIELD, "amount.value"), (byte[]) null),
                400, "4005602", "Invalid Mandatory Field amount.value");
        assertSnap(answers.refusal(FINISH, new Refusal(Kind.METHOD_NOT_ALLOWED, null), (byte[]) null), 405,
                "4055600", "Requested Function Is Not Supported");
        assertSnap(answers.refusal(FINISH, new Refusal(Kind.NOT_PROCESSED, null), (byte[]) null), 500, "5005600",
                "General Error");
        assertSnap(answers.refusal(CREATE_ORDER, Refusal.snap(403, "15", "Transaction Not Permitted"), (byte[]) null),
                403, "4035415", "Transaction Not Permitted");
        assertSnap(answers.refusal(TABLE.operation("widget.yaml", "accountUnbinding"),
                new Refusal(Kind.UNAUTHORIZED, null), (byte[]) null), 401, "4010900", "Unauthorized");
    }

    @Test
    void snapMessagesAreCutToDanas150Characters() {
        String field = "f".repeat(300);
        DanaAnswer answer = answers.refusal(FINISH, new Refusal(Kind.INVALID_FIELD_FORMAT, field), (byte[]) null);
        String message = json(answer).path("responseMessage").asText();
        assertEquals(150, message.length());
        assertTrue(message.startsWith("Invalid Field Format fff"), message);
    }

    @Test
    void openApiRefusalsAreSignedEnvelopesEchoingTheRequestHead() {
        byte[] request = envelope("{\"head\":{\"version\":\"2.0\",\"function\":\"dana.oauth.unbind.notify\","
                + "\"clientId\":\"2024051300000000001\",\"reqTime\":\"" + NOW + "\",\"reqMsgId\":\"m-1\"},\"body\":{}}");
        DanaAnswer answer = answers.refusal(UNBIND, new Refusal(Kind.INVALID_MANDATORY_FIELD,
                "request.body.unbindAccessToken"), request);
        assertEquals(200, answer.status());
        assertEquals(Map.of(), answer.headers());
        assertEquals("{\"head\":{\"version\":\"2.0\",\"function\":\"dana.oauth.unbind.notify\",\"clientId\":"
                + "\"2024051300000000001\",\"respTime\":\"" + NOW + "\",\"reqMsgId\":\"m-1\"},\"body\":{\"resultInfo\":"
                + "{\"resultStatus\":\"F\",\"resultCodeId\":\"00000004\",\"resultCode\":\"PARAM_ILLEGAL\",\"resultMsg\":"
                + "\"Invalid Mandatory Field request.body.unbindAccessToken\"}}}", verifiedValue(answer));
    }

    @Test
    void theHeadEchoesOnlyValidValuesAndAlwaysNamesTheOperationsFunction() {
        byte[] request = envelope("{\"head\":{\"version\":\"123456789\",\"function\":\"dana.something.else\","
                + "\"clientId\":\"" + "c".repeat(37) + "\",\"reqMsgId\":\"\",\"reserve\":\"{}\"},\"body\":{}}");
        String value = verifiedValue(answers.refusal(MERCHANT, new Refusal(Kind.UNAUTHORIZED, "unknown clientId"),
                request));
        assertTrue(value.startsWith("{\"head\":{\"version\":\"2.0\",\"function\":\"dana.merchant.queryMerchantResource\","
                + "\"respTime\":\"" + NOW + "\",\"reserve\":\"{}\"},"), value);
        assertTrue(value.contains("\"resultMsg\":\"Unauthorized. unknown clientId\""), value);

        String unreadable = verifiedValue(answers.refusal(MERCHANT, new Refusal(Kind.BAD_REQUEST, null),
                "not json".getBytes(StandardCharsets.UTF_8)));
        assertTrue(unreadable.startsWith("{\"head\":{\"version\":\"2.0\",\"function\":"
                + "\"dana.merchant.queryMerchantResource\",\"respTime\":\"" + NOW + "\"},"), unreadable);
    }

    @Test
    void notProcessedTakesEachOperationsOwnSystemErrorStatusFromTheCatalogue() {
        JsonNode unbind = resultInfo(answers.refusal(UNBIND, new Refusal(Kind.NOT_PROCESSED, null), (byte[]) null));
        assertEquals("F", unbind.path("resultStatus").asText(), "Unbind Notify documents F 00000900");
        assertEquals("00000900", unbind.path("resultCodeId").asText());
        assertEquals("SYSTEM_ERROR", unbind.path("resultCode").asText());
        assertEquals("system error", unbind.path("resultMsg").asText());
        JsonNode merchant = resultInfo(answers.refusal(MERCHANT, new Refusal(Kind.NOT_PROCESSED, null),
                (byte[]) null));
        assertEquals("U", merchant.path("resultStatus").asText(), "DANA's own operations answer U");
        JsonNode coded = resultInfo(answers.refusal(MERCHANT, Refusal.openApi("12158006901", "MERCHANT_NOT_EXIST",
                "Merchant not exist"), (byte[]) null));
        assertEquals("F 12158006901 MERCHANT_NOT_EXIST Merchant not exist", String.join(" ",
                coded.path("resultStatus").asText(), coded.path("resultCodeId").asText(),
                coded.path("resultCode").asText(), coded.path("resultMsg").asText()));
    }

    @Test
    void nicepayRefusals() {
        assertNicepay(answers.refusal(REMOVE_TOKEN, new Refusal(Kind.INVALID_MERCHANT_TOKEN, "merchantToken"),
                (byte[]) null), 400, "{\"resultCd\":\"9001\",\"resultMsg\":\"Invalid merchantToken\"}");
        assertNicepay(answers.refusal(REMOVE_TOKEN, new Refusal(Kind.INVALID_MANDATORY_FIELD, "userToken"),
                (byte[]) null), 400, "{\"resultCd\":\"9002\",\"resultMsg\":\"Invalid request userToken\"}");
        assertNicepay(answers.refusal(REMOVE_TOKEN, new Refusal(Kind.NOT_PROCESSED, null), (byte[]) null), 200,
                "{\"resultCd\":\"9999\",\"resultMsg\":\"System error\"}");
        assertNicepay(answers.refusal(REMOVE_TOKEN, Refusal.nicepay("9920", "invalid user token"), (byte[]) null),
                400, "{\"resultCd\":\"9920\",\"resultMsg\":\"invalid user token\"}");
    }

    @Test
    void aBusinessCodeOfAnotherFormatIsTheServersFault() {
        assertSnap(answers.refusal(FINISH, Refusal.openApi("1", "X", "x"), (byte[]) null), 500, "5005600",
                "General Error");
    }

    @Test
    void anOpenApiAnswerNeedsAKey() {
        DanaAnswers keyless = new DanaAnswers(null, CLOCK);
        assertThrows(IllegalStateException.class,
                () -> keyless.refusal(UNBIND, new Refusal(Kind.BAD_REQUEST, null), (byte[]) null));
        assertEquals(400, keyless.refusal(FINISH, new Refusal(Kind.BAD_REQUEST, null), (byte[]) null).status());
    }

    @Test
    void theLimitsAreTheSpecs() throws IOException {
        Path components = Path.of("..", "api", "src", "main", "resources", "openapi", "components");
        YAMLMapper yaml = new YAMLMapper();
        JsonNode snap = yaml.readTree(components.resolve("snap.yaml").toFile()).path("components").path("schemas");
        assertEquals(DanaAnswers.MAX_SNAP_MESSAGE, snap.path("ResponseMessage").path("maxLength").asInt());
        JsonNode openApi = yaml.readTree(components.resolve("open-api.yaml").toFile()).path("components")
                .path("schemas");
        assertEquals(DanaAnswers.MAX_OPEN_API_MESSAGE,
                openApi.path("ResultInfo").path("properties").path("resultMsg").path("maxLength").asInt());
        assertEquals(OpenApiHead.MAX_VERSION, openApi.path("Version").path("maxLength").asInt());
        assertEquals(OpenApiHead.MAX_CLIENT_ID, openApi.path("ClientId").path("maxLength").asInt());
        assertEquals(OpenApiHead.MAX_REQ_MSG_ID, openApi.path("ReqMsgId").path("maxLength").asInt());
        assertEquals(OpenApiHead.MAX_RESERVE, openApi.path("Reserve").path("maxLength").asInt());
        JsonNode nicepay = yaml.readTree(components.resolveSibling("nicepay-payloan.yaml").toFile())
                .path("components").path("schemas");
        assertEquals(DanaAnswers.MAX_NICEPAY_MESSAGE, nicepay.path("ResultMsg").path("maxLength").asInt());
    }

    private static void assertSnap(DanaAnswer answer, int status, String code, String message) {
        assertEquals(status, answer.status());
        assertEquals("{\"responseCode\":\"" + code + "\",\"responseMessage\":\"" + message + "\"}",
                new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals(Map.of(SnapHeaders.X_TIMESTAMP, NOW), answer.headers());
    }

    private static void assertNicepay(DanaAnswer answer, int status, String body) {
        assertEquals(status, answer.status());
        assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), answer.body());
    }

    private static String verifiedValue(DanaAnswer answer) {
        byte[] value = new OpenApiVerifier(KEYS.getPublic(), CLOCK, Duration.ofMinutes(5))
                .verify(answer.body(), OpenApiEnvelope.RESPONSE);
        return new String(value, StandardCharsets.UTF_8);
    }

    private static JsonNode resultInfo(DanaAnswer answer) {
        try {
            return new YAMLMapper().readTree(verifiedValue(answer)).path("body").path("resultInfo");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(DanaAnswer answer) {
        try {
            return new YAMLMapper().readTree(answer.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] envelope(String value) {
        return OpenApiEnvelope.signAndCompose(KEYS.getPrivate(), OpenApiEnvelope.REQUEST,
                value.getBytes(StandardCharsets.UTF_8));
    }
}
