package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.callbacks.support.Dana;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Valid callback documents as trees, and edits at dotted paths such as {@code additionalInfo.paymentInfo.payOptionInfos[0].payMethod}. */
final class Documents {

    static final ObjectMapper JSON = new ObjectMapper();

    private Documents() {
    }

    /** @return a complete, valid Finish Notify body */
    static ObjectNode finish() {
        ObjectNode doc = (ObjectNode) Dana.read(Dana.finishBody("ORD-HOSTILE", "00"));
        doc.put("originalExternalId", "6d2a3c1e-8f0b-4b9e-a1d2-7c5e9f0a3b11");
        doc.put("subMerchantId", "SUB-1");
        doc.put("externalStoreId", "STORE-001");
        ObjectNode info = doc.putObject("additionalInfo");
        info.put("extendInfo", "{}");
        info.put("extendInfoClosedReason", "ORDER_EXPIRED");
        info.put("paidTime", "1763701141000");
        ObjectNode payment = info.putObject("paymentInfo");
        payment.put("cashierRequestId", "20261121cashier0001");
        payment.put("paidTime", "2026-11-21T11:59:01+07:00");
        payment.put("payRequestExtendInfo", "{}");
        payment.put("extendInfo", "{}");
        ObjectNode option = payment.putArray("payOptionInfos").addObject();
        option.put("payMethod", "BALANCE");
        option.put("payOption", "BALANCE");
        option.set("payAmount", money());
        option.set("transAmount", money());
        option.set("chargeAmount", money());
        option.put("payOptionBillExtendInfo", "{}");
        option.put("extendInfo", "{}");
        option.put("paymentCode", "8808123456");
        ObjectNode shop = info.putObject("shopInfo");
        for (String field : List.of("shopId", "externalShopId", "operatorId", "divisionId", "externalDivisionId",
                "divisionType", "shopName")) {
            shop.put(field, "X1");
        }
        return doc;
    }

    private static ObjectNode money() {
        return JSON.createObjectNode().put("value", "10000.00").put("currency", "IDR");
    }

    /** @return a complete, valid Unbind Notify request value ({@code {"head":...,"body":...}}) */
    static ObjectNode unbindValue() {
        return (ObjectNode) Dana.read(Dana.unbindValue("msg-hostile"));
    }

    /** @return a valid NICEPAY notification (with a correct merchantToken) */
    static ObjectNode nicepay() {
        return (ObjectNode) Dana.read(Dana.nicepayNotification("c2a9e4d1-7b3f-4e08-9a6c-1f5d8b2e7c40"));
    }

    /**
     * @param doc a document
     * @param path dotted path, {@code [i]} for array items
     * @param value the value to put there (intermediate objects are created)
     * @return the same document
     */
    static ObjectNode set(ObjectNode doc, String path, JsonNode value) {
        List<Object> steps = steps(path);
        JsonNode parent = doc;
        for (int i = 0; i < steps.size() - 1; i++) {
            Object step = steps.get(i);
            JsonNode next = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
            if (next.isMissingNode()) {
                next = steps.get(i + 1) instanceof Integer ? ((ObjectNode) parent).putArray((String) step)
                        : ((ObjectNode) parent).putObject((String) step);
            }
            parent = next;
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ArrayNode array = (ArrayNode) parent;
            if (index < array.size()) {
                array.set(index, value);
            } else {
                array.add(value);
            }
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return doc;
    }

    /**
     * @param doc a document
     * @param path dotted path of the member to remove
     * @return the same document
     */
    static ObjectNode remove(ObjectNode doc, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? doc : at(doc, path.substring(0, dot));
        ((ObjectNode) parent).remove(path.substring(dot + 1));
        return doc;
    }

    static JsonNode at(JsonNode doc, String path) {
        JsonNode node = doc;
        for (Object step : steps(path)) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    private static List<Object> steps(String path) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            if (bracket < 0) {
                steps.add(part);
            } else {
                if (bracket > 0) {
                    steps.add(part.substring(0, bracket));
                }
                steps.add(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return steps;
    }

    static byte[] bytes(JsonNode doc) {
        return utf8(doc.toString()); // a JsonNode prints itself as compact JSON
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
