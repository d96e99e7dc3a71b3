package dev.danakit.sandbox.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every operation of the published specs, read from the {@code openapi/} resources of {@code dana-api}, so
 * that signing style, service code and function name come from the spec and nowhere else.
 */
public final class OperationCatalog {

    private final Map<String, DanaOperation> byPath;

    private OperationCatalog(Map<String, DanaOperation> byPath) {
        this.byPath = byPath;
    }

    /**
     * @param specs spec file names
     * @param loader where the {@code openapi/<name>} resources are
     * @return the catalogue of their operations that carry {@code x-dana-style}
     */
    public static OperationCatalog load(List<String> specs, ClassLoader loader) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, DanaOperation> operations = new LinkedHashMap<>();
        for (String spec : specs) {
            try (InputStream in = loader.getResourceAsStream("openapi/" + spec)) {
                if (in == null) {
                    throw new IllegalStateException("spec not on the classpath: openapi/" + spec);
                }
                JsonNode paths = yaml.readTree(in).path("paths");
                for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> path = it.next();
                    JsonNode post = path.getValue().path("post");
                    if (post.hasNonNull("x-dana-style")) {
                        operations.put(path.getKey(), new DanaOperation(spec, path.getKey(),
                                post.path("operationId").asText(),
                                DanaOperation.Style.of(post.get("x-dana-style").asText()),
                                text(post, "x-dana-service-code"), text(post, "x-dana-function")));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read openapi/" + spec, e);
            }
        }
        return new OperationCatalog(Map.copyOf(operations));
    }

    /**
     * @param path relative request path with its leading slash
     * @return the operation served there
     */
    public Optional<DanaOperation> byPath(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    /** @return every operation */
    public Collection<DanaOperation> all() {
        return byPath.values();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        // an unquoted 09 may come back as a number; service codes are always two digits
        return value.isNumber() ? String.format("%02d", value.asInt()) : value.asText();
    }
}
