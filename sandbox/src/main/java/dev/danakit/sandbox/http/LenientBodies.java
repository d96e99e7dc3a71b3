package dev.danakit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What DANA's servers read differently from the letter of the specs, applied to a request body before it is
 * validated (signatures are still checked over the bytes as received, {@link DanaCall#rawBody()}):
 * <ul>
 *   <li>a member sent as {@code ""} is a member not sent: an optional one is simply absent, a mandatory one is
 *       missing ({@code xx02 Invalid Mandatory Field}), never "Invalid Field Format". DANA's SDKs and UAT scenarios
 *       send {@code ""} in many optional fields;</li>
 *   <li>a list that DANA's documentation shows as one object (the specs mark it {@code x-dana-accepts-single-object},
 *       e.g. {@code shippingInfo}) may come as that one object: it is read as a list of one.</li>
 * </ul>
 */
public final class LenientBodies {

    /** The specs' mark of a list DANA also accepts as a single object. */
    public static final String SINGLE_OBJECT = "x-dana-accepts-single-object";

    private final ObjectMapper mapper;
    private final Set<String> singleObjectLists;

    /**
     * @param mapper reads and writes bodies
     * @param singleObjectLists names of the list members DANA also accepts as one object
     */
    public LenientBodies(ObjectMapper mapper, Set<String> singleObjectLists) {
        this.mapper = mapper;
        this.singleObjectLists = Set.copyOf(singleObjectLists);
    }

    /**
     * @param mapper reads and writes bodies
     * @param loader where the specs ({@code openapi/<spec>}) are
     * @param specs the spec file names
     * @return the leniencies the specs mark
     */
    public static LenientBodies of(ObjectMapper mapper, ClassLoader loader, List<String> specs) {
        Set<String> names = new HashSet<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        for (String spec : specs) {
            try (InputStream in = loader.getResourceAsStream("openapi/" + spec)) {
                if (in != null) {
                    collect(yaml.readTree(in), names);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + spec, e);
            }
        }
        return new LenientBodies(mapper, names);
    }

    /** @return the names of the lists read from a single object too */
    public Set<String> singleObjectLists() {
        return singleObjectLists;
    }

    /**
     * @param raw the body as received
     * @return the body as DANA reads it, or {@code raw} itself when nothing changes or it is not JSON (then the JSON
     *     reader refuses it as it would have)
     */
    public byte[] read(byte[] raw) {
        if (raw.length == 0) {
            return raw;
        }
        try {
            JsonNode tree = mapper.readTree(raw);
            return tree != null && rewrite(tree) ? mapper.writeValueAsBytes(tree) : raw;
        } catch (IOException e) {
            return raw;
        }
    }

    private boolean rewrite(JsonNode node) {
        boolean changed = false;
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            List<String> empty = new ArrayList<>();
            List<String> single = new ArrayList<>();
            object.fields().forEachRemaining(member -> {
                JsonNode value = member.getValue();
                if (value.isTextual() && value.textValue().isEmpty()) {
                    empty.add(member.getKey());
                } else if (value.isObject() && singleObjectLists.contains(member.getKey())) {
                    single.add(member.getKey());
                }
            });
            object.remove(empty);
            for (String name : single) {
                ArrayNode list = object.arrayNode().add(object.get(name));
                object.set(name, list);
            }
            changed = !empty.isEmpty() || !single.isEmpty();
        }
        for (JsonNode child : node) {
            changed |= rewrite(child);
        }
        return changed;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
                if ("properties".equals(member.getKey()) && member.getValue().isObject()) {
                    member.getValue().fields().forEachRemaining(property -> {
                        if (property.getValue().path(SINGLE_OBJECT).asBoolean(false)) {
                            names.add(property.getKey());
                        }
                    });
                }
            }
        }
        for (JsonNode child : node) {
            collect(child, names);
        }
    }
}
