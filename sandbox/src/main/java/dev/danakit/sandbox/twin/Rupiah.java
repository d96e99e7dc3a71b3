package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.protocol.refusals.Refusal;
import java.util.Iterator;
import java.util.Map;

/** DANA moves rupiah only: an amount in another currency is {@code 400xx01 Invalid Field Format <amount>.currency}. */
final class Rupiah {

    static final String IDR = "IDR";

    private Rupiah() {
    }

    /**
     * @param request a SNAP request body
     * @throws Refusal naming the first amount (in document order) whose currency is not IDR
     */
    static void require(JsonNode request) {
        String field = foreign(request, "");
        if (field != null) {
            throw new Refusal(Refusal.Kind.INVALID_FIELD_FORMAT, field);
        }
    }

    private static String foreign(JsonNode node, String path) {
        if (node.isObject()) {
            JsonNode currency = node.get("currency");
            if (currency != null && currency.isTextual() && node.has("value") && !IDR.equals(currency.textValue())) {
                return path.isEmpty() ? "currency" : path + ".currency";
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String found = foreign(member.getValue(), path.isEmpty() ? member.getKey() : path + "." + member.getKey());
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = foreign(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
