package dev.danakit.protocol.refusals;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One Bean Validation failure in DANA's words: the field as DANA names it (a header name, or the JSON path of a
 * body field such as {@code request.body.items[0].name}) and whether it is missing (case 02, Invalid Mandatory
 * Field) or malformed (case 01, Invalid Field Format).
 *
 * @param field the header name or JSON path; {@code body} when the whole body is concerned
 * @param mandatory true when the field is absent (or empty, for the constraints that say so)
 */
public record FieldViolation(String field, boolean mandatory) {

    /** The field named when a violation concerns no property: the body itself. */
    public static final String WHOLE_BODY = "body";

    /** Missing before malformed, then by field name: the same answer however the validator iterates. */
    private static final Comparator<FieldViolation> RELEVANCE = Comparator
            .comparing((FieldViolation f) -> !f.mandatory()).thenComparing(FieldViolation::field);

    /**
     * Validates the parts.
     */
    public FieldViolation {
        Objects.requireNonNull(field, "field");
    }

    /**
     * DANA names one field: a missing one before a malformed one, then the first in name order.
     *
     * @param violations what the validator found (at least one)
     * @param parameters names resource method parameters (headers)
     * @return the violation to report
     * @throws IllegalArgumentException if there is none
     */
    public static FieldViolation mostRelevant(Collection<? extends ConstraintViolation<?>> violations,
            ParameterNames parameters) {
        return violations.stream().map(v -> of(v, parameters)).min(RELEVANCE)
                .orElseThrow(() -> new IllegalArgumentException("no violation"));
    }

    /**
     * @param violation one violation
     * @param parameters names resource method parameters (headers)
     * @return it in DANA's words
     */
    public static FieldViolation of(ConstraintViolation<?> violation, ParameterNames parameters) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        boolean mandatory = type == NotNull.class || type == NotEmpty.class || type == NotBlank.class;
        return new FieldViolation(fieldName(violation, parameters), mandatory);
    }

    /** @return the refusal DANA answers for this violation: case 02 when missing, case 01 when malformed */
    public Refusal refusal() {
        return new Refusal(mandatory ? Refusal.Kind.INVALID_MANDATORY_FIELD : Refusal.Kind.INVALID_FIELD_FORMAT,
                field);
    }

    private static String fieldName(ConstraintViolation<?> v, ParameterNames parameters) {
        StringBuilder field = new StringBuilder();
        String methodName = null;
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD) {
                methodName = node.getName();
            } else if (kind == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                String name = parameterName(v.getRootBeanClass(), methodName, index, parameters);
                if (name != null) {
                    return name;
                }
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                // An element of a list or map is marked on the node that follows the container.
                if (node.isInIterable()) {
                    field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.length() == 0 ? "" : ".").append(node.getName());
                }
            }
        }
        return field.length() == 0 ? WHOLE_BODY : field.toString();
    }

    /** The parameter's annotations are on the type that declares the method: the class or one of its interfaces. */
    private static String parameterName(Class<?> rootBeanClass, String methodName, int index,
            ParameterNames parameters) {
        if (rootBeanClass == null || methodName == null) {
            return null;
        }
        for (Class<?> type : typesOf(rootBeanClass)) {
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().equals(methodName) && index < m.getParameterCount()) {
                    String name = parameters.nameOf(m.getParameters()[index]);
                    if (name != null) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    private static List<Class<?>> typesOf(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            all.add(t);
            all.addAll(List.of(t.getInterfaces()));
        }
        return all;
    }
}
