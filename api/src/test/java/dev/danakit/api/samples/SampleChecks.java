package dev.danakit.api.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Checks a seed sample against a generated model: it binds, validates clean, survives unknown fields,
 * serializes back to the same fields, and rejects one over-long field and one missing required field with
 * exactly one violation naming the property. The length bound is read from the model's own {@code @Size},
 * so no limit is typed here.
 *
 * <p>Shared through the dana-api test-jar by the client (caller-side models) and the server stubs
 * (answering-side models).
 */
public final class SampleChecks {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final List<DynamicContainer> samples = new ArrayList<>();

    private SampleChecks(ObjectMapper mapper) {
        this.mapper = mapper;
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        this.validator = factory.getValidator();
    }

    /** Starts a suite that binds samples with the given mapper (the one the module uses on the wire). */
    public static SampleChecks with(ObjectMapper mapper) {
        return new SampleChecks(mapper);
    }

    /**
     * Adds a sample.
     *
     * @param resource       classpath resource under {@code samples/}
     * @param model          the generated model the sample binds to
     * @param overLongField  dotted path of a string property to make one character too long
     * @param requiredField  dotted path of a required property to remove
     */
    public <T> SampleChecks sample(String resource, Class<T> model, String overLongField, String requiredField) {
        samples.add(DynamicContainer.dynamicContainer(resource, Stream.of(
                DynamicTest.dynamicTest("binds and validates clean", () -> assertViolations(model, read(resource), List.of())),
                DynamicTest.dynamicTest("tolerates unknown fields", () -> assertViolations(model, withUnknownFields(read(resource)), List.of())),
                DynamicTest.dynamicTest("serializes back to the sample", () -> assertRoundTrip(model, read(resource))),
                DynamicTest.dynamicTest(overLongField + " one over its maxLength", () -> {
                    JsonNode tree = read(resource);
                    int max = maxLength(model, overLongField);
                    set(tree, overLongField, "x".repeat(max + 1));
                    assertViolations(model, tree, List.of(overLongField));
                }),
                DynamicTest.dynamicTest(requiredField + " missing", () -> {
                    JsonNode tree = read(resource);
                    remove(tree, requiredField);
                    assertViolations(model, tree, List.of(requiredField));
                }))));
        return this;
    }

    /** The dynamic tests of every sample added. */
    public Stream<DynamicContainer> tests() {
        return samples.stream();
    }

    private <T> void assertViolations(Class<T> model, JsonNode tree, List<String> expectedPaths) throws IOException {
        T value = mapper.treeToValue(tree, model);
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        List<String> paths = violations.stream().map(v -> v.getPropertyPath().toString()).sorted().toList();
        assertEquals(expectedPaths, paths, () -> "violations: " + violations.stream()
                .map(v -> v.getPropertyPath() + " " + v.getMessage()).toList());
    }

    private <T> void assertRoundTrip(Class<T> model, JsonNode sample) throws IOException {
        T value = mapper.treeToValue(sample, model);
        assertEquals(sample, mapper.readTree(mapper.writeValueAsBytes(value)));
    }

    private int maxLength(Class<?> model, String dottedPath) {
        Class<?> type = model;
        String[] steps = dottedPath.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            BeanDescriptor bean = validator.getConstraintsForClass(type);
            PropertyDescriptor property = bean.getConstraintsForProperty(steps[i]);
            assertNotNull(property, () -> "no constrained property " + dottedPath + " on " + model.getSimpleName());
            if (i == steps.length - 1) {
                return property.getConstraintDescriptors().stream()
                        .filter(c -> c.getAnnotation() instanceof Size)
                        .mapToInt(c -> ((Size) c.getAnnotation()).max())
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(dottedPath + " has no @Size on " + model.getSimpleName()));
            }
            type = property.getElementClass();
        }
        throw new AssertionError("empty path");
    }

    private JsonNode withUnknownFields(JsonNode tree) {
        ObjectNode root = (ObjectNode) tree;
        root.put("fieldAddedByDanaLater", "value");
        root.fields().forEachRemaining(field -> {
            if (field.getValue().isObject() && !field.getKey().equals("additionalInfo")) {
                ((ObjectNode) field.getValue()).put("nestedFieldAddedLater", 7);
            }
        });
        return root;
    }

    private static void set(JsonNode tree, String dottedPath, String value) {
        parentOf(tree, dottedPath).put(leaf(dottedPath), value);
    }

    private static void remove(JsonNode tree, String dottedPath) {
        assertNotNull(parentOf(tree, dottedPath).remove(leaf(dottedPath)), () -> dottedPath + " not in the sample");
    }

    private static ObjectNode parentOf(JsonNode tree, String dottedPath) {
        JsonNode node = tree;
        String[] steps = dottedPath.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            node = node.get(steps[i]);
            assertNotNull(node, () -> dottedPath + " not in the sample");
        }
        return (ObjectNode) node;
    }

    private static String leaf(String dottedPath) {
        return dottedPath.substring(dottedPath.lastIndexOf('.') + 1);
    }

    private JsonNode read(String resource) {
        try (InputStream in = SampleChecks.class.getResourceAsStream("/samples/" + resource)) {
            assertNotNull(in, () -> "missing sample " + resource);
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
