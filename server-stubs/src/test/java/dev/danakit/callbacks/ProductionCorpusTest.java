package dev.danakit.callbacks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.CallbackServer.Container;
import dev.danakit.callbacks.support.Dana;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance corpus of issue 13: wire samples in the shapes DANA's production sends (JSON-text objects,
 * re-cased keys, epoch and ISO times, unknown fields, card and balance payments, Unbind Notify, NICEPAY), each
 * signed with DANA's test key over its exact bytes and posted over real HTTP, through the JDK HTTP server and
 * Grizzly, to a merchant-chosen path. The handler sees the raw bytes, the bound model and the deviations. Each
 * sample's negative twins (a changed byte, a changed money field, a malformed money field, a missing identity
 * field) are refused with DANA's exact code and never reach the handler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionCorpusTest {

    static final String FINISH_PATH = "/v2/dana/callback-qris";
    static final String UNBIND_PATH = "/webhooks/dana/unbind";
    static final String NICEPAY_PATH = "/webhooks/nicepay/token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Notification<?>> delivered = new CopyOnWriteArrayList<>();
    private final Map<Container, CallbackServer> servers = new EnumMap<>(Container.class);

    @BeforeAll
    void start() {
        for (Container container : Container.values()) {
            servers.put(container, new CallbackServer(container, Dana.callbacks(new InMemoryNotificationLedger())
                    .clientId(Dana.CLIENT_ID)
                    .finishNotification(n -> {
                        delivered.add(n);
                        return null;
                    }, FINISH_PATH)
                    .unbindNotification(n -> {
                        delivered.add(n);
                        return null;
                    }, UNBIND_PATH)
                    .nicepayNotification(n -> {
                        delivered.add(n);
                        return null;
                    }, Dana.NICEPAY_MERCHANT_KEY, NICEPAY_PATH)
                    .build()));
        }
    }

    @AfterAll
    void stop() {
        servers.values().forEach(CallbackServer::close);
    }

    @AfterEach
    void clear() {
        delivered.clear();
    }

    /** One entry of {@code corpus/index.json}. */
    record Sample(String file, String callback, Set<String> deviations, Map<String, String> model,
            Map<String, String> document) {
        byte[] bytes() {
            try (InputStream in = ProductionCorpusTest.class.getResourceAsStream("corpus/" + file)) {
                return strip(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Sample> samples() {
        try (InputStream in = ProductionCorpusTest.class.getResourceAsStream("corpus/index.json")) {
            List<Sample> samples = new ArrayList<>();
            for (JsonNode entry : JSON.readTree(in)) {
                Set<String> deviations = new TreeSet<>();
                entry.path("deviations").forEach(d -> deviations.add(d.asText()));
                samples.add(new Sample(entry.path("file").asText(), entry.path("callback").asText(), deviations,
                        pointers(entry.path("model")), pointers(entry.path("document"))));
            }
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        List<Sample> samples = samples();
        assertTrue(samples.size() >= 12, "the corpus holds at least 12 samples");
        return Stream.of(Container.values()).flatMap(c -> samples.stream().map(s -> Arguments.of(c, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void deliveredWithRawBytesModelAndDeviations(Container container, Sample sample) {
        CallbackServer server = servers.get(container);
        byte[] sent = wire(sample, sample.bytes());
        Answer answer = post(server, sample, sent, sample.bytes());

        switch (sample.callback()) {
            case "FINISH_NOTIFY" -> Dana.assertSnapAnswer(answer, 200, "2005600");
            case "UNBIND_NOTIFY" -> Dana.assertOpenApiAnswer(answer, "S", "SUCCESS");
            default -> Dana.assertNicepayAnswer(answer, 200, "0000");
        }
        assertEquals(1, delivered.size(), "delivered once");
        Notification<?> n = delivered.get(0);
        assertArrayEquals(sent, n.rawBody(), "the raw verified bytes");
        Set<String> fields = new TreeSet<>();
        n.deviations().forEach(d -> fields.add(d.field()));
        assertEquals(sample.deviations(), fields, () -> "deviations " + n.deviations());
        JsonNode model = JSON.valueToTree(n.model());
        sample.model().forEach((pointer, expected) -> assertEquals(expected, model.at(pointer).asText(), pointer));
        sample.document().forEach((pointer, expected) ->
                assertEquals(expected, n.field(pointer).map(JsonNode::asText).orElse(null), pointer));
        n.deviations().forEach(d -> assertTrue(!d.arrived().contains("4Qm3vJ8p"), "no token in a deviation"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void negativeTwinsAreRefusedWithDanasCode(Container container, Sample sample) {
        CallbackServer server = servers.get(container);
        byte[] original = sample.bytes();
        ObjectNode tree = (ObjectNode) Dana.read(original);
        switch (sample.callback()) {
            case "FINISH_NOTIFY" -> {
                String reference = tree.path("originalReferenceNo").asText();
                char last = reference.charAt(reference.length() - 1);
                byte[] changedByte = replace(original, reference,
                        reference.substring(0, reference.length() - 1) + (last == '9' ? '8' : '9'));
                refused(server, sample, postSignedOver(server, sample, changedByte, original), 401, "4015600");
                String value = tree.path("amount").path("value").asText();
                byte[] changedMoney = replace(original, "\"" + value + "\"", "\"1.00\"");
                refused(server, sample, postSignedOver(server, sample, changedMoney, original), 401, "4015600");
                ObjectNode numeric = tree.deepCopy();
                ((ObjectNode) numeric.path("amount")).put("value", 10000);
                refused(server, sample, post(server, sample, wire(sample, bytes(numeric)), bytes(numeric)), 400,
                        "4005601");
                ObjectNode missing = tree.deepCopy();
                missing.remove("originalPartnerReferenceNo");
                refused(server, sample, post(server, sample, wire(sample, bytes(missing)), bytes(missing)), 400,
                        "4005602");
            }
            case "UNBIND_NOTIFY" -> {
                byte[] envelope = wire(sample, original);
                String id = tree.path("head").path("reqMsgId").asText();
                byte[] changedByte = replace(envelope, id, "0" + id.substring(1));
                refusedOpenApi(server.post(UNBIND_PATH, Map.of(), changedByte), "Unauthorized");
                ObjectNode missing = tree.deepCopy();
                ((ObjectNode) missing.path("body")).remove("unbindAccessToken");
                refusedOpenApi(server.post(UNBIND_PATH, Map.of(), wire(sample, bytes(missing))),
                        "Invalid Mandatory Field request.body.unbindAccessToken");
                ObjectNode nullItem = tree.deepCopy();
                ((ObjectNode) nullItem.path("body")).putArray("unbindAccessToken").addNull();
                refusedOpenApi(server.post(UNBIND_PATH, Map.of(), wire(sample, bytes(nullItem))),
                        "Invalid Field Format request.body.unbindAccessToken[0]");
                ObjectNode otherFunction = tree.deepCopy();
                ((ObjectNode) otherFunction.path("head")).put("function", "dana.acquiring.order.finishNotify");
                refusedOpenApi(server.post(UNBIND_PATH, Map.of(), wire(sample, bytes(otherFunction))),
                        "Invalid Field Format request.head.function");
            }
            default -> {
                String token = tree.path("userToken").asText();
                byte[] changedByte = replace(original, token, "0" + token.substring(1));
                Dana.assertNicepayAnswer(server.post(NICEPAY_PATH, Map.of(), changedByte), 400, "9001");
                ObjectNode missing = tree.deepCopy();
                missing.remove("userToken");
                Dana.assertNicepayAnswer(server.post(NICEPAY_PATH, Map.of(), bytes(missing)), 400, "9002");
            }
        }
        assertEquals(List.of(), delivered, "no twin reached the handler");
    }

    private static void refused(CallbackServer server, Sample sample, Answer answer, int status, String code) {
        assertTrue(answer.status() < 500, answer::toString);
        Dana.assertSnapAnswer(answer, status, code);
    }

    private static void refusedOpenApi(Answer answer, String messagePart) {
        JsonNode response = Dana.assertOpenApiAnswer(answer, "F", "PARAM_ILLEGAL");
        String message = response.path("body").path("resultInfo").path("resultMsg").asText();
        assertTrue(message.contains(messagePart), () -> message + " lacks " + messagePart);
    }

    /** The bytes on the wire: the sample itself, or for Unbind Notify the envelope DANA signs around it. */
    private static byte[] wire(Sample sample, byte[] body) {
        return "UNBIND_NOTIFY".equals(sample.callback()) ? Dana.SIGNER.openApiRequest(body) : body;
    }

    private static Answer post(CallbackServer server, Sample sample, byte[] sent, byte[] signed) {
        return postSignedOver(server, sample, sent, signed);
    }

    /** Posts {@code sent} with DANA's SNAP headers signed over {@code signed} (they differ for tampered twins). */
    private static Answer postSignedOver(CallbackServer server, Sample sample, byte[] sent, byte[] signed) {
        return switch (sample.callback()) {
            case "FINISH_NOTIFY" -> server.post(FINISH_PATH, Dana.snapHeaders(FINISH_PATH, signed), sent);
            case "UNBIND_NOTIFY" -> server.post(UNBIND_PATH, Map.of(), sent);
            default -> server.post(NICEPAY_PATH, Map.of(), sent);
        };
    }

    private static Map<String, String> pointers(JsonNode object) {
        Map<String, String> pointers = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            pointers.put(e.getKey(), e.getValue().asText());
        }
        return pointers;
    }

    private static byte[] bytes(JsonNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Files end with a newline that is not part of the sample. */
    private static byte[] strip(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return java.util.Arrays.copyOf(bytes, end);
    }
}
