package dev.danakit.sandbox.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.AccessTokenSignature;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs a request for the demo merchant exactly as a merchant's server would, so that Swagger UI's "Try it out"
 * (which cannot hold a private key) reaches the sandbox signed: SNAP headers over the exact body the browser
 * will send, the access-token signature, the Open API envelope (head stamped, {@code request} value signed), or
 * NICEPAY's merchantToken. A request that names another merchant is not signed: its sender signs it.
 */
public final class DemoSigner {

    /** What to send: headers to set, and the body (unchanged for SNAP, re-enveloped for Open API and NICEPAY). */
    public record Signed(Map<String, String> headers, String body) {
    }

    private static final DateTimeFormatter NICEPAY_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(SnapTimestamp.JAKARTA);

    private final OperationTable operations;
    private final PrivateKey key;
    private final ObjectMapper mapper;
    private final Clock clock;

    /**
     * @param operations the operations and how each is signed
     * @param demo the demo merchant
     * @param mapper serializes re-stamped Open API and NICEPAY bodies
     * @param clock stamps timestamps
     */
    public DemoSigner(OperationTable operations, DemoMerchant demo, ObjectMapper mapper, Clock clock) {
        this.operations = operations;
        this.key = demo.keys().privateKey();
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * @param method the HTTP method
     * @param path the request path (a query string is ignored)
     * @param headers the headers the browser is about to send (names in any case)
     * @param body the exact body it is about to send
     * @return what to send instead, or empty when the path is no DANA operation or the request names
     *     another merchant
     * @throws IllegalArgumentException for an Open API or NICEPAY body that is not a JSON object
     */
    public Optional<Signed> sign(String method, String path, Map<String, String> headers, String body) {
        String relativePath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<DanaOperation> found = operations.byPath(relativePath);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        String text = body == null ? "" : body;
        String verb = method.toUpperCase(Locale.ROOT);
        return switch (found.get().style()) {
            case SNAP_B2B, SNAP_B2B2C -> demo(lower.get("x-partner-id")) ? Optional.of(snap(verb, relativePath, text))
                    : Optional.empty();
            case SNAP_TOKEN -> demo(lower.get("x-client-key")) ? Optional.of(accessToken(text)) : Optional.empty();
            case OPEN_API -> openApi(found.get(), text);
            case NICEPAY -> nicepay(text);
        };
    }

    private Signed snap(String method, String path, String body) {
        String timestamp = SnapTimestamp.now(clock);
        Map<String, String> out = new LinkedHashMap<>();
        out.put(SnapHeaders.X_TIMESTAMP, timestamp);
        out.put(SnapHeaders.X_SIGNATURE, SnapAsymmetric.sign(key, method, path,
                body.getBytes(StandardCharsets.UTF_8), timestamp));
        out.put(SnapHeaders.X_PARTNER_ID, DemoMerchant.CLIENT_ID);
        // unique per day, as DANA requires: a person may press Execute many times
        out.put(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
        out.put(SnapHeaders.CHANNEL_ID, "95221");
        return new Signed(out, body);
    }

    private Signed accessToken(String body) {
        String timestamp = SnapTimestamp.now(clock);
        Map<String, String> out = new LinkedHashMap<>();
        out.put(SnapHeaders.X_TIMESTAMP, timestamp);
        out.put(SnapHeaders.X_CLIENT_KEY, DemoMerchant.CLIENT_ID);
        out.put(SnapHeaders.X_SIGNATURE, AccessTokenSignature.sign(key, DemoMerchant.CLIENT_ID, timestamp));
        return new Signed(out, body);
    }

    private Optional<Signed> openApi(DanaOperation operation, String body) {
        ObjectNode envelope = object(body);
        JsonNode existing = envelope.path(OpenApiEnvelope.REQUEST);
        ObjectNode request = existing.isObject() ? (ObjectNode) existing : envelope.putObject(OpenApiEnvelope.REQUEST);
        JsonNode existingHead = request.path("head");
        ObjectNode head = existingHead.isObject() ? (ObjectNode) existingHead : request.putObject("head");
        if (!demo(head.path("clientId").textValue())) {
            return Optional.empty();
        }
        head.put("version", "2.0");
        if (operation.function() != null) {
            head.put("function", operation.function());
        }
        head.put("clientId", DemoMerchant.CLIENT_ID);
        head.put("clientSecret", DemoMerchant.CLIENT_SECRET);
        head.put("reqTime", SnapTimestamp.now(clock));
        head.put("reqMsgId", UUID.randomUUID().toString());
        if (!head.has("reserve")) {
            head.put("reserve", "{}");
        }
        byte[] value = bytes(request);
        byte[] signed = OpenApiEnvelope.signAndCompose(key, OpenApiEnvelope.REQUEST, value);
        return Optional.of(new Signed(Map.of(), new String(signed, StandardCharsets.UTF_8)));
    }

    private Optional<Signed> nicepay(String body) {
        ObjectNode request = object(body);
        String iMid = request.path("iMid").textValue();
        if (iMid != null && !iMid.isEmpty() && !DemoMerchant.NICEPAY_IMID.equals(iMid)) {
            return Optional.empty();
        }
        String timeStamp = NICEPAY_TIME.format(clock.instant());
        request.put("timeStamp", timeStamp);
        request.put("iMid", DemoMerchant.NICEPAY_IMID);
        request.put("merchantToken", NicepayMerchantToken.removeToken(timeStamp, DemoMerchant.NICEPAY_IMID,
                request.path("userToken").asText(""), DemoMerchant.NICEPAY_MERCHANT_KEY));
        return Optional.of(new Signed(Map.of(), new String(bytes(request), StandardCharsets.UTF_8)));
    }

    private static boolean demo(String clientId) {
        return clientId == null || clientId.isEmpty() || DemoMerchant.CLIENT_ID.equals(clientId);
    }

    private ObjectNode object(String body) {
        try {
            JsonNode node = mapper.readTree(body.isEmpty() ? "{}" : body);
            if (!node.isObject()) {
                throw new IllegalArgumentException("the body is not a JSON object");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getOriginalMessage());
        }
    }

    private byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
