package dev.danakit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * DANA reads a member sent as {@code ""} as a member not sent: an optional one is simply absent, a mandatory one is
 * missing ({@code xx02 Invalid Mandatory Field}), never "Invalid Field Format". DANA's SDKs and UAT scenarios send
 * {@code ""} in many optional fields. The sandbox therefore validates the body with its {@code ""} members removed;
 * signatures are still checked over the bytes as received ({@link DanaCall#rawBody()}).
 */
public final class EmptyStrings {

    private EmptyStrings() {
    }

    /**
     * @param mapper reads and writes the body
     * @param raw the body as received
     * @return the body without its {@code ""} object members (at any depth), or {@code raw} itself when it has none
     *     or is not JSON (then the JSON reader refuses it as it would have)
     */
    public static byte[] removed(ObjectMapper mapper, byte[] raw) {
        if (raw.length == 0 || indexOfEmptyString(raw) < 0) {
            return raw;
        }
        try {
            JsonNode tree = mapper.readTree(raw);
            return tree != null && remove(tree) ? mapper.writeValueAsBytes(tree) : raw;
        } catch (IOException e) {
            return raw;
        }
    }

    /** A cheap pre-check: no {@code ""} token, nothing to remove. */
    private static int indexOfEmptyString(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '"' && raw[i + 1] == '"') {
                return i;
            }
        }
        return -1;
    }

    private static boolean remove(JsonNode node) {
        boolean changed = false;
        if (node.isObject()) {
            List<String> empty = new ArrayList<>();
            node.fields().forEachRemaining(member -> {
                if (member.getValue().isTextual() && member.getValue().textValue().isEmpty()) {
                    empty.add(member.getKey());
                }
            });
            ((ObjectNode) node).remove(empty);
            changed = !empty.isEmpty();
        }
        for (JsonNode child : node) {
            changed |= remove(child);
        }
        return changed;
    }
}
