package dev.danakit.callbacks.binding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.danakit.callbacks.http.CallbackObjectMapper;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyRequest;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The one-pass binding is a shortcut, never a second opinion: wherever it binds a body, the tolerant binding binds
 * the same model with no deviation and no refusal; and a body in the spec's shape takes the shortcut. Checked on
 * every wire sample of the production corpus and on variants of each made by breaking one field at a time in
 * each way DANA's production does (a number or boolean for text, text or JSON text for an object or list, a
 * re-cased or unknown key, null, a null list item, a time in another form).
 */
class OnePassBindingTest {

    private static final String CORPUS = "/dev/danakit/callbacks/corpus/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TolerantBinder BINDER = new TolerantBinder(CallbackObjectMapper.create(1 << 20));

    record Sample(String name, byte[] body, Class<?> type, StrictFields strict) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        return samples().stream().map(Arguments::of);
    }

    static Stream<Arguments> variants() throws IOException {
        List<Arguments> variants = new ArrayList<>();
        for (Sample sample : samples()) {
            ObjectNode document = (ObjectNode) JSON.readTree(sample.body());
            for (String pointer : leavesAndContainers(document, "")) {
                for (Map.Entry<String, JsonNode> change : changes(document.at(pointer)).entrySet()) {
                    ObjectNode changed = document.deepCopy();
                    if (replace(changed, pointer, change.getValue())) {
                        variants.add(Arguments.of(new Sample(sample.name() + " " + pointer + " " + change.getKey(),
                                JSON.writeValueAsBytes(changed), sample.type(), sample.strict())));
                    }
                }
                ObjectNode recased = document.deepCopy();
                if (recase(recased, pointer)) {
                    variants.add(Arguments.of(new Sample(sample.name() + " " + pointer + " re-cased",
                            JSON.writeValueAsBytes(recased), sample.type(), sample.strict())));
                }
            }
            ObjectNode unknown = document.deepCopy();
            unknown.put("fieldDanaAddedLater", "x");
            variants.add(Arguments.of(new Sample(sample.name() + " unknown field", JSON.writeValueAsBytes(unknown),
                    sample.type(), sample.strict())));
        }
        return variants.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aSampleInTheSpecsShapeTakesTheOnePassBindingToTheSameModel(Sample sample) {
        TolerantBinder.Bound<?> tolerant = BINDER.bindTolerantly(sample.body(), sample.type(), sample.strict());
        Object exact = BINDER.bindExactly(sample.body(), sample.type());
        if (tolerant.deviations().isEmpty()) {
            assertNotNull(exact, "a sample without deviation binds in one pass");
            assertEquals(tolerant.model(), exact);
        } else {
            assertNull(exact, "deviations " + tolerant.deviations());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void wheneverTheOnePassBindingBindsTheTolerantBindingAgreesWithoutDeviation(Sample sample) {
        Object exact = BINDER.bindExactly(sample.body(), sample.type());
        TolerantBinder.Bound<?> tolerant;
        try {
            tolerant = BINDER.bindTolerantly(sample.body(), sample.type(), sample.strict());
        } catch (Refusal refusal) {
            assertNull(exact, "bound in one pass, refused by the tolerant binding: " + refusal.getMessage());
            return;
        }
        if (exact == null) {
            assertTrue(!tolerant.deviations().isEmpty(), "in the spec's shape, yet not bound in one pass");
        } else {
            assertTrue(tolerant.deviations().isEmpty(), "bound in one pass, deviations " + tolerant.deviations());
            assertEquals(tolerant.model(), exact);
        }
    }

    private static List<Sample> samples() throws IOException {
        JsonNode index;
        try (InputStream in = OnePassBindingTest.class.getResourceAsStream(CORPUS + "index.json")) {
            index = JSON.readTree(in);
        }
        List<Sample> samples = new ArrayList<>();
        for (JsonNode entry : index) {
            String file = entry.path("file").asText();
            byte[] body;
            try (InputStream in = OnePassBindingTest.class.getResourceAsStream(CORPUS + file)) {
                body = in.readAllBytes();
            }
            switch (entry.path("callback").asText()) {
                case "FINISH_NOTIFY" -> samples.add(new Sample(file, body, FinishNotifyRequest.class,
                        StrictFields.FINISH_NOTIFY));
                case "UNBIND_NOTIFY" -> samples.add(new Sample(file, body, UnbindNotifyRequest.class,
                        StrictFields.UNBIND_NOTIFY));
                case "NICEPAY" -> samples.add(new Sample(file, body, TokenDeactivatedNotification.class,
                        StrictFields.NICEPAY_TOKEN_DEACTIVATED));
                default -> throw new IllegalStateException("unknown callback in the corpus index: " + file);
            }
        }
        assertTrue(samples.size() >= 15, "the corpus has its samples");
        return samples;
    }

    private static Map<String, JsonNode> changes(JsonNode value) {
        Map<String, JsonNode> changes = new java.util.LinkedHashMap<>();
        changes.put("number", IntNode.valueOf(1));
        changes.put("boolean", com.fasterxml.jackson.databind.node.BooleanNode.TRUE);
        changes.put("null", NullNode.instance);
        changes.put("empty text", TextNode.valueOf(""));
        changes.put("epoch text", TextNode.valueOf("1795237141000"));
        changes.put("zulu time", TextNode.valueOf("2026-11-21T04:59:02Z"));
        changes.put("jakarta time", TextNode.valueOf("2026-11-21T11:59:02+07:00"));
        if (value.isContainerNode()) {
            changes.put("JSON text", TextNode.valueOf(value.toString()));
        }
        if (value.isArray()) {
            ArrayNode withNull = ((ArrayNode) value).deepCopy();
            withNull.addNull();
            changes.put("null item", withNull);
        }
        if (value.isObject() || value.isTextual()) {
            changes.put("list of it", JSON.createArrayNode().add(value.deepCopy()));
        }
        return changes;
    }

    private static List<String> leavesAndContainers(JsonNode node, String pointer) {
        List<String> pointers = new ArrayList<>();
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                pointers.addAll(leavesAndContainers(node.get(name), pointer + "/" + name));
            }
        } else if (node.isArray() && node.size() > 0) {
            pointers.addAll(leavesAndContainers(node.get(0), pointer + "/0"));
        }
        return pointers;
    }

    private static boolean replace(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
            return true;
        }
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
            return true;
        }
        return false;
    }

    private static boolean recase(ObjectNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1);
        String upper = last.toUpperCase(Locale.ROOT);
        if (!(parent instanceof ObjectNode object) || upper.equals(last)) {
            return false;
        }
        object.set(upper, object.remove(last));
        return true;
    }
}
