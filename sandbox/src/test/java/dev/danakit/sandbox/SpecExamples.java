package dev.danakit.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.danakit.protocol.operations.DanaOperation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The request examples of the specs in dana-api: what a test sends when any valid request will do. */
final class SpecExamples {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private SpecExamples() {
    }

    /**
     * @param op an operation
     * @return a fresh copy of its first request example
     */
    static ObjectNode request(DanaOperation op) {
        try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream("openapi/" + op.spec())) {
            JsonNode examples = YAML.readTree(in).path("paths").path(op.path()).path(op.method().toLowerCase())
                    .path("requestBody").path("content").path("application/json").path("examples");
            return (ObjectNode) examples.elements().next().path("value").deepCopy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
