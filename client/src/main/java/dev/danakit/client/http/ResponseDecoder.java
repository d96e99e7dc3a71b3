package dev.danakit.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.outcome.ResponseCode;
import dev.danakit.client.outcome.ResponseCodeCatalog;

/**
 * Reads the result code out of a raw response body, whatever its status: SNAP {@code responseCode},
 * Open API {@code response.body.resultInfo}, NICEPAY {@code resultCd}; falls back to the HTTP status
 * when the body has none (empty, HTML, unexpected JSON). Extra fields never matter.
 */
public final class ResponseDecoder {

    private final ObjectMapper mapper;
    private final ResponseCodeCatalog catalog;

    /**
     * @param mapper reads bodies as trees
     * @param catalog decodes codes
     */
    public ResponseDecoder(ObjectMapper mapper, ResponseCodeCatalog catalog) {
        this.mapper = mapper;
        this.catalog = catalog;
    }

    /** @return the catalogue used */
    public ResponseCodeCatalog catalog() {
        return catalog;
    }

    /**
     * @param route the operation
     * @param status HTTP status
     * @param body raw body
     * @return the decoded code
     */
    public ResponseCode decode(OperationRoute route, int status, byte[] body) {
        JsonNode tree = tree(body);
        if (tree != null) {
            switch (route.style()) {
                case SNAP, SNAP_TOKEN -> {
                    String code = textOrNull(tree.get("responseCode"));
                    if (ResponseCodeCatalog.isSnapCode(code)) {
                        return catalog.snap(route.operationId(), code, textOrNull(tree.get("responseMessage")));
                    }
                }
                case OPEN_API -> {
                    JsonNode info = tree.path("response").path("body").path("resultInfo");
                    if (info.isObject() && info.hasNonNull("resultStatus")) {
                        return catalog.openApi(route.operationId(), status, textOrNull(info.get("resultStatus")),
                                textOrNull(info.get("resultCodeId")), textOrNull(info.get("resultCode")),
                                textOrNull(info.get("resultMsg")));
                    }
                }
                case NICEPAY -> {
                    String code = textOrNull(tree.get("resultCd"));
                    if (code != null) {
                        return catalog.nicepay(route.operationId(), status, code, textOrNull(tree.get("resultMsg")));
                    }
                }
                default -> throw new IllegalStateException("unhandled style " + route.style());
            }
        }
        return catalog.httpOnly(status, route.serviceCode());
    }

    /**
     * @param code a decoded code
     * @return whether it was read from the body (false: it stands for the HTTP status alone)
     */
    public static boolean fromBody(ResponseCode code) {
        return code.code() != null;
    }

    private JsonNode tree(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() || node.isContainerNode() ? null : node.asText();
    }
}
