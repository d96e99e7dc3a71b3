package dev.danakit.protocol.codes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the response-code catalogue that {@code dana-api} ships ({@code dana/response-codes.yaml}): per
 * operation, each code's message, meaning and partner action, plus the SNAP generic case codes.
 */
public final class ResponseCodeCatalogs {

    /** Where dana-api keeps the catalogue. */
    public static final String RESOURCE = "dana/response-codes.yaml";

    private ResponseCodeCatalogs() {
    }

    /** Loaded on first use: the catalogue is immutable, so every caller can share it. */
    private static final class Shipped {
        static final ResponseCodeCatalog CATALOG = fromClasspath(ResponseCodeCatalogs.class.getClassLoader());
    }

    /**
     * @return the catalogue of the dana-api this module was built with (a dependency of dana-protocol), loaded once
     * @throws UncheckedIOException if it cannot be read
     */
    public static ResponseCodeCatalog shipped() {
        return Shipped.CATALOG;
    }

    /**
     * @param loader the class loader holding dana-api
     * @return the catalogue, or decoding from the codes alone when the resource is absent
     * @throws UncheckedIOException if the resource exists but cannot be read
     */
    public static ResponseCodeCatalog fromClasspath(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            return in == null ? ResponseCodeCatalog.codesOnly() : parse(new YAMLMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static ResponseCodeCatalog parse(JsonNode root) {
        Map<String, ResponseCodeCatalog.CatalogueEntry> entries = new HashMap<>();
        for (JsonNode generic : root.path("snapGeneric")) {
            entries.put(ResponseCodeCatalog.genericKey(generic.path("httpStatus").asInt(),
                    generic.path("caseCode").asText()), entry(generic));
        }
        for (JsonNode operation : root.path("operations")) {
            String operationId = operation.path("operationId").asText();
            for (JsonNode code : operation.path("codes")) {
                ResponseCodeCatalog.CatalogueEntry entry = entry(code);
                entries.put(ResponseCodeCatalog.operationKey(operationId, code.path("code").asText()), entry);
                if (code.hasNonNull("resultCodeId")) {
                    entries.putIfAbsent(ResponseCodeCatalog.operationKey(operationId,
                            code.path("resultCodeId").asText()), entry);
                }
            }
        }
        return ResponseCodeCatalog.of(entries);
    }

    private static ResponseCodeCatalog.CatalogueEntry entry(JsonNode node) {
        return new ResponseCodeCatalog.CatalogueEntry(text(node, "message"), text(node, "meaning"),
                action(text(node, "action"), node.path("httpStatus").asInt()), text(node, "resultStatus"),
                text(node, "resultCodeId"));
    }

    /** The catalogue's four partner actions, made precise with the status where that says more. */
    private static NextAction action(String action, int httpStatus) {
        if (action == null) {
            return null;
        }
        return switch (action) {
            case "SUCCESS" -> NextAction.NONE;
            case "RETRY_SAME_REFERENCE" -> httpStatus == 429 ? NextAction.RETRY_LATER : NextAction.RETRY;
            case "QUERY_STATUS" -> NextAction.QUERY_STATUS;
            // the code-derived action (fix the request, fix credentials) is more precise than "do not retry"
            case "DO_NOT_RETRY" -> null;
            default -> null;
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
