package dev.danakit.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders bodies and headers for logs and outcomes with every secret replaced by {@code ***}: client
 * secrets, access/refresh tokens, authorization codes, signatures, merchant tokens, private keys and OTT
 * values. A body that is not JSON is cut short (it cannot be searched for secrets field by field).
 */
public final class SecretMasker {

    /** What a masked value is replaced with. */
    public static final String MASK = "***";

    private static final Set<String> SECRET_FIELDS = Set.of("clientsecret", "accesstoken", "refreshtoken",
            "authcode", "signature", "merchanttoken", "usertoken", "privatekey", "ott", "otp", "pin", "password",
            "merchantkey", "clientuserkey");
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "authorization-customer",
            "x-signature", "x-client-secret", "cookie");

    private final ObjectMapper mapper;
    private final int maxChars;

    /**
     * @param mapper parses bodies (a tree read, never used to re-sign anything)
     * @param maxChars longest rendering kept
     */
    public SecretMasker(ObjectMapper mapper, int maxChars) {
        this.mapper = mapper;
        this.maxChars = maxChars;
    }

    /**
     * @param header a header name
     * @return whether its value is a secret
     */
    public static boolean isSecretHeader(String header) {
        return SECRET_HEADERS.contains(header.toLowerCase(Locale.ROOT));
    }

    /**
     * @param header a header name
     * @param value its value
     * @return the value, or {@link #MASK} for a secret header
     */
    public static String header(String header, String value) {
        return isSecretHeader(header) ? MASK : value;
    }

    /**
     * @param body raw bytes, may be null
     * @return masked JSON text, or the truncated text of a non-JSON body
     */
    public String body(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (Exception e) {
            tree = null;
        }
        if (tree == null || !tree.isContainerNode()) {
            return truncate(new String(body, StandardCharsets.UTF_8));
        }
        mask(tree);
        return truncate(tree.toString());
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            boolean ottResource = "OTT".equalsIgnoreCase(object.path("resourceType").asText());
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                String name = field.getKey().toLowerCase(Locale.ROOT);
                if (SECRET_FIELDS.contains(name) || ottResource && "value".equals(name)) {
                    field.setValue(TextNode.valueOf(MASK));
                } else if ("reserve".equals(name) && field.getValue().isTextual()) {
                    // reserve is a JSON text inside a string: it may carry anything
                    field.setValue(TextNode.valueOf(MASK));
                } else {
                    mask(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SecretMasker::mask);
        }
    }

    private String truncate(String text) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars) + "...(" + text.length() + " chars)";
    }
}
