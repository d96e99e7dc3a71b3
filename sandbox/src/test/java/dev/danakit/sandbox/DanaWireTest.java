package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.testing.TestKeyPairs;
import dev.danakit.signing.testing.TestSigner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 14's acceptance: every case of {@code src/test/resources/dana-wire/} (requests shaped as DANA's SDKs and UAT
 * scenarios send them, see the README there) is sent to the sandbox over HTTP, and the answer carries DANA's code.
 */
class DanaWireTest {

    /** Every file of the request set ({@link #everyFileOfTheSetIsSent} fails on one added there but not here). */
    static final List<String> FILES = List.of("header-errors.json", "channel-id.json", "reserve-object.json",
            "empty-strings.json", "shipping-info.json", "not-required.json", "time-filters.json", "long-doc-file.json",
            "enum-values.json", "business-outcomes.json");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_SECRET = "sandbox-client-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @RegisterExtension
    static final RunningSandbox running = RunningSandbox.perClass();

    @TestFactory
    Stream<DynamicTest> everyCaseGetsDanasAnswer() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String file : FILES) {
            for (JsonNode wireCase : read(file)) {
                tests.add(DynamicTest.dynamicTest(file + ": " + wireCase.path("name").asText(), () -> check(wireCase)));
            }
        }
        assertTrue(tests.size() >= 40, "only " + tests.size() + " cases");
        return tests.stream();
    }

    @Test
    void everyFileOfTheSetIsSent() throws Exception {
        Path folder = Path.of(DanaWireTest.class.getClassLoader().getResource("dana-wire/README.md").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(new TreeSet<>(FILES), files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".json")).collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    private static void check(JsonNode wireCase) {
        expectations(wireCase, answer(wireCase));
    }

    /** The answer the expectation is about: the only one, or with {@code repeatWith} the second. */
    private static HttpResponse<String> answer(JsonNode wireCase) {
        Placeholders values = new Placeholders();
        JsonNode body = values.fill(wireCase.path("body"));
        HttpResponse<String> first = send(wireCase, body, values);
        HttpResponse<String> answer = first;
        if (wireCase.has("repeatWith")) {
            ObjectNode again = body.deepCopy();
            values.fill(wireCase.path("repeatWith")).fields().forEachRemaining(f -> again.set(f.getKey(), f.getValue()));
            assertEquals(200, first.statusCode(), first.body());
            answer = send(wireCase, again, values);
        }
        return answer;
    }

    private static void expectations(JsonNode wireCase, HttpResponse<String> answer) {
        JsonNode expect = wireCase.path("expect");
        JsonNode received = SandboxHttp.json(answer.body());
        if (expect.has("httpStatus")) {
            assertEquals(expect.path("httpStatus").asInt(), answer.statusCode(), answer.body());
        }
        if (expect.has("responseCode")) {
            assertEquals(expect.path("responseCode").asText(), received.path("responseCode").asText(), answer.body());
        }
        if (expect.has("responseMessage")) {
            assertEquals(expect.path("responseMessage").asText(), received.path("responseMessage").asText(),
                    answer.body());
        }
        JsonNode resultInfo = received.path("response").path("body").path("resultInfo");
        if (expect.has("resultStatus")) {
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(expect.path("resultStatus").asText(), resultInfo.path("resultStatus").asText(), answer.body());
        }
        if (expect.has("resultCode")) {
            assertEquals(expect.path("resultCode").asText(), resultInfo.path("resultCode").asText(), answer.body());
        }
        expect.path("knownValues").fields().forEachRemaining(field -> {
            Set<String> known = new HashSet<>();
            field.getValue().forEach(v -> known.add(v.asText()));
            List<JsonNode> found = received.findValues(field.getKey());
            assertTrue(!found.isEmpty(), field.getKey() + " is not in the answer: " + answer.body());
            for (JsonNode value : found) {
                assertTrue(known.contains(value.asText()), field.getKey() + " " + value + " is not one DANA's SDK knows");
            }
        });
    }

    private static HttpResponse<String> send(JsonNode wireCase, JsonNode body, Placeholders values) {
        String path = wireCase.path("path").asText();
        TestSigner signer = "wrong-key".equals(wireCase.path("signWith").asText())
                ? new TestSigner(TestKeyPairs.rsa2048().getPrivate(), Clock.systemUTC()) : running.merchant.signer;
        String kind = wireCase.path("headers").asText();
        byte[] bytes;
        Map<String, String> headers = new LinkedHashMap<>();
        try {
            if ("sdk-open-api".equals(kind)) {
                bytes = signer.openApiRequest(JSON.writeValueAsBytes(body.path("request")));
            } else {
                bytes = JSON.writeValueAsBytes(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        switch (kind) {
            case "sdk-snap-b2b", "sdk-snap-b2b2c" -> {
                headers.putAll(signer.snapHeaders("POST", path, bytes));
                headers.put("ORIGIN", "www.merchant.example");
                headers.put(SnapHeaders.X_PARTNER_ID, TestMerchant.CLIENT_ID);
                headers.put(SnapHeaders.X_EXTERNAL_ID, Placeholders.sdkMessageId());
                headers.put(SnapHeaders.CHANNEL_ID, TestMerchant.CLIENT_ID + "-SERVER");
                headers.put("X-DEBUG", "true");
                if ("sdk-snap-b2b2c".equals(kind)) {
                    headers.put("Authorization-Customer", "Bearer " + values.get("accessToken"));
                    headers.put("X-DEVICE-ID", "android-5f2b9c7e1a3d4f60");
                }
            }
            case "sdk-apply-token" -> headers.putAll(signer.accessTokenHeaders(TestMerchant.CLIENT_ID));
            case "sdk-open-api" -> { }
            default -> throw new IllegalArgumentException("unknown header set " + kind);
        }
        headers.put("Content-Type", "application/json; charset=utf-8");
        for (Iterator<Map.Entry<String, JsonNode>> it = wireCase.path("headerOverrides").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> override = it.next();
            if (override.getValue().isNull()) {
                headers.remove(override.getKey());
            } else {
                headers.put(override.getKey(), values.fill(override.getValue()).asText());
            }
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(running.sandbox.baseUri().resolve(URI.create(path)))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String file) {
        try (InputStream in = resource(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String file) {
        return DanaWireTest.class.getClassLoader().getResourceAsStream("dana-wire/" + file);
    }

    /** The README's placeholders, each made once per case and only when the case uses it. */
    private static final class Placeholders {

        private final Map<String, String> made = new LinkedHashMap<>();

        JsonNode fill(JsonNode template) {
            String text = template.toString();
            int start;
            while ((start = text.indexOf("${")) >= 0) {
                int end = text.indexOf('}', start);
                String name = text.substring(start + 2, end);
                text = text.substring(0, start) + get(name) + text.substring(end + 1);
            }
            return SandboxHttp.json(text);
        }

        String get(String name) {
            return made.computeIfAbsent(name, Placeholders::make);
        }

        static String sdkMessageId() {
            return "sdk" + UUID.randomUUID().toString().substring(0, 33);
        }

        private static String make(String name) {
            return switch (name) {
                case "partnerId" -> TestMerchant.CLIENT_ID;
                case "merchantId" -> TestMerchant.MERCHANT_ID;
                case "clientSecret" -> CLIENT_SECRET;
                case "timestamp" -> running.merchant.signer.timestamp();
                case "timestampWithSpace" -> running.merchant.signer.timestamp().replace('T', ' ');
                case "sdkMessageId" -> sdkMessageId();
                case "reference" -> "WIRE" + UUID.randomUUID().toString().replace("-", "");
                case "accessToken" -> running.bindCustomer();
                case "authCode" -> running.authCode();
                case "usedAuthCode" -> usedAuthCode();
                case "unpaidOrder" -> order(false, false);
                case "paidOrder" -> order(true, false);
                case "refundedOrder" -> order(true, true);
                case "bigBase64" -> "QUJD".repeat(75_000);
                default -> throw new IllegalArgumentException("unknown placeholder ${" + name + "}");
            };
        }

        private static String usedAuthCode() {
            String code = running.authCode();
            HttpResponse<String> first = running.http.post("/v1.0/access-token/b2b2c.htm",
                    running.merchant.signer.accessTokenHeaders(TestMerchant.CLIENT_ID),
                    SandboxHttp.utf8("{\"grantType\":\"AUTHORIZATION_CODE\",\"authCode\":\"" + code + "\"}"));
            assertEquals(200, first.statusCode(), first.body());
            return code;
        }

        /** An order of 50 000.00 IDR, paid by the customer and then fully refunded as asked. */
        private static String order(boolean paid, boolean refunded) {
            String reference = "WIRE" + UUID.randomUUID().toString().replace("-", "");
            HttpResponse<String> created = running.snapPost("/payment-gateway/v1.0/debit/payment-host-to-host.htm",
                    "{\"partnerReferenceNo\":\"" + reference + "\",\"merchantId\":\"" + TestMerchant.MERCHANT_ID
                            + "\",\"amount\":{\"value\":\"50000.00\",\"currency\":\"IDR\"},"
                            + "\"validUpTo\":\"2030-05-01T00:46:43+07:00\",\"additionalInfo\":{"
                            + "\"order\":{\"orderTitle\":\"Wire order\"},\"mcc\":\"5732\",\"envInfo\":{"
                            + "\"sourcePlatform\":\"IPG\",\"terminalType\":\"SYSTEM\"}}}");
            assertEquals(200, created.statusCode(), created.body());
            if (paid) {
                HttpResponse<String> payment = running.http.postJson("/sandbox/orders/pay",
                        Map.of("clientId", TestMerchant.CLIENT_ID, "partnerReferenceNo", reference));
                assertEquals(200, payment.statusCode(), payment.body());
            }
            if (refunded) {
                HttpResponse<String> refund = running.snapPost("/payment-gateway/v1.0/debit/refund.htm",
                        "{\"merchantId\":\"" + TestMerchant.MERCHANT_ID + "\",\"originalPartnerReferenceNo\":\""
                                + reference + "\",\"partnerRefundNo\":\"R" + reference + "\",\"refundAmount\":{"
                                + "\"value\":\"50000.00\",\"currency\":\"IDR\"}}");
                assertEquals(200, refund.statusCode(), refund.body());
            }
            return reference;
        }
    }
}
