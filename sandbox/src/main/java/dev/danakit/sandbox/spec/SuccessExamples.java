package dev.danakit.sandbox.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.danakit.protocol.operations.DanaOperation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The success example each operation documents (its first {@code 200} example, else its first 2xx one):
 * the answer of the operations whose sandbox behaviour is "succeed as documented".
 */
public final class SuccessExamples {

    private final Map<String, JsonNode> byPath;

    private SuccessExamples(Map<String, JsonNode> byPath) {
        this.byPath = byPath;
    }

    /**
     * @param specs spec file names
     * @param loader where the {@code openapi/} resources are
     * @return the examples of every operation that has one
     */
    public static SuccessExamples load(List<String> specs, ClassLoader loader) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, JsonNode> byPath = new HashMap<>();
        for (String spec : specs) {
            try (InputStream in = loader.getResourceAsStream("openapi/" + spec)) {
                for (Iterator<Map.Entry<String, JsonNode>> it = yaml.readTree(in).path("paths").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> path = it.next();
                    firstSuccessExample(path.getValue().path("post").path("responses"))
                            .ifPresent(example -> byPath.put(path.getKey(), example));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read openapi/" + spec, e);
            }
        }
        return new SuccessExamples(Map.copyOf(byPath));
    }

    /**
     * @param operation an operation
     * @return a fresh copy of its success example
     */
    public Optional<JsonNode> of(DanaOperation operation) {
        return Optional.ofNullable(byPath.get(operation.path())).map(JsonNode::deepCopy);
    }

    private static Optional<JsonNode> firstSuccessExample(JsonNode responses) {
        JsonNode chosen = responses.path("200");
        for (Iterator<String> codes = responses.fieldNames(); chosen.isMissingNode() && codes.hasNext(); ) {
            String code = codes.next();
            if (code.startsWith("2")) {
                chosen = responses.get(code);
            }
        }
        for (JsonNode example : chosen.path("content").path("application/json").path("examples")) {
            if (example.has("value")) {
                return Optional.of(example.get("value"));
            }
        }
        return Optional.empty();
    }
}
