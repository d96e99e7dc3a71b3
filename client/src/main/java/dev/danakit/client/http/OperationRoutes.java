package dev.danakit.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operations of one product, read from its spec(s) in {@code dana-api}: the spec is the single source
 * of the signing style, the SNAP service code and the Open API function name. Immutable.
 */
public final class OperationRoutes {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private final Map<String, OperationRoute> byPath;

    private OperationRoutes(Map<String, OperationRoute> byPath) {
        this.byPath = Map.copyOf(byPath);
    }

    /**
     * @param routes the routes
     * @return a table of exactly these routes
     */
    public static OperationRoutes of(List<OperationRoute> routes) {
        Map<String, OperationRoute> map = new HashMap<>();
        for (OperationRoute route : routes) {
            map.put(route.path(), route);
        }
        return new OperationRoutes(map);
    }

    /**
     * Reads the operations of spec resources. Operations without {@code x-dana-style} are skipped.
     *
     * @param loader the class loader holding the {@code dana-api} jar
     * @param specResources e.g. {@code openapi/widget.yaml}
     * @return the table
     * @throws IllegalStateException if a resource is missing or unreadable
     */
    public static OperationRoutes fromSpecs(ClassLoader loader, List<String> specResources) {
        YAMLMapper yaml = new YAMLMapper();
        Map<String, OperationRoute> map = new HashMap<>();
        for (String resource : specResources) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("spec " + resource + " is not on the classpath (dana-api)");
                }
                JsonNode paths = yaml.readTree(in).path("paths");
                for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> path = it.next();
                    for (String method : METHODS) {
                        JsonNode op = path.getValue().get(method);
                        if (op == null || !op.hasNonNull("x-dana-style")) {
                            continue;
                        }
                        map.put(path.getKey(), new OperationRoute(op.path("operationId").asText(),
                                method.toUpperCase(Locale.ROOT), path.getKey(),
                                OperationStyle.fromSpec(op.get("x-dana-style").asText()),
                                text(op, "x-dana-service-code"), text(op, "x-dana-function")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read spec " + resource, e);
            }
        }
        return new OperationRoutes(map);
    }

    private static String text(JsonNode op, String field) {
        JsonNode value = op.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * Finds the route of a request path, which may carry a prefix from a custom base URL.
     *
     * @param requestPath the path of the request URI
     * @return the route, or null if no operation of this product has that path
     */
    public OperationRoute forPath(String requestPath) {
        OperationRoute exact = byPath.get(requestPath);
        if (exact != null) {
            return exact;
        }
        OperationRoute longest = null;
        for (OperationRoute route : byPath.values()) {
            // the longest match: /payment-gateway/v1.0/debit/cancel.htm also ends with /v1.0/debit/cancel.htm
            if (requestPath.endsWith(route.path())
                    && (longest == null || route.path().length() > longest.path().length())) {
                longest = route;
            }
        }
        return longest;
    }

    /** @return every route */
    public List<OperationRoute> all() {
        return List.copyOf(byPath.values());
    }

    @Override
    public String toString() {
        return "OperationRoutes" + byPath.keySet();
    }
}
