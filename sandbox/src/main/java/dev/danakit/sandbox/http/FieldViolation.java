package dev.danakit.sandbox.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

/**
 * One Bean Validation failure in DANA's words: the field as DANA names it (header name, or JSON path of
 * the body field) and whether it was missing (case 02) or malformed (case 01).
 *
 * @param field e.g. {@code X-LATITUDE} or {@code additionalInfo.accessToken}
 * @param mandatory true when the field is absent
 */
record FieldViolation(String field, boolean mandatory) {

    /**
     * DANA names one field: a missing one before a malformed one, then the first in name order, so the
     * answer does not depend on validation order.
     */
    static FieldViolation mostRelevant(ConstraintViolationException exception, Method resourceMethod) {
        return exception.getConstraintViolations().stream()
                .map(v -> of(v, resourceMethod))
                .min(Comparator.comparing((FieldViolation f) -> !f.mandatory()).thenComparing(FieldViolation::field))
                .orElse(new FieldViolation("request", false));
    }

    private static FieldViolation of(ConstraintViolation<?> violation, Method resourceMethod) {
        Class<? extends Annotation> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        boolean mandatory = type == NotNull.class || type == NotEmpty.class || type == NotBlank.class;
        StringJoiner field = new StringJoiner(".");
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                String header = headerName(resourceMethod, node.as(Path.ParameterNode.class).getParameterIndex());
                if (header != null) {
                    field.add(header);
                }
            } else if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                field.add(node.getName());
            }
        }
        String name = field.toString();
        return new FieldViolation(name.isEmpty() ? "request" : name, mandatory);
    }

    /** The header name is on the generated interface's parameter, not on the implementing method. */
    private static String headerName(Method method, int index) {
        if (method == null) {
            return null;
        }
        List<Class<?>> candidates = new ArrayList<>(List.of(method.getDeclaringClass().getInterfaces()));
        candidates.add(0, method.getDeclaringClass());
        for (Class<?> type : candidates) {
            try {
                Method declared = type.getMethod(method.getName(), method.getParameterTypes());
                for (Annotation annotation : declared.getParameterAnnotations()[index]) {
                    if (annotation instanceof HeaderParam header) {
                        return header.value();
                    }
                }
            } catch (NoSuchMethodException e) {
                // not declared by this interface; try the next one
            }
        }
        return null;
    }
}
