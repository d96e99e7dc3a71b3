package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The fields of a generated model with their constraints, read from the generated annotations, so the
 * hostile-input cases follow the spec without a hand-kept list.
 */
final class ModelFields {

    /**
     * @param path dotted JSON path
     * @param maxLength the string's maxLength, or -1
     * @param required whether it is required
     * @param string whether it is a string
     */
    record Field(String path, int maxLength, boolean required, boolean string) {
    }

    private ModelFields() {
    }

    /**
     * @param model a generated model class
     * @param prefix path prefix ("" for the root)
     * @return every field, nested ones included (list items at index 0)
     */
    static List<Field> of(Class<?> model, String prefix) {
        List<Field> fields = new ArrayList<>();
        List<Method> getters = new ArrayList<>(List.of(model.getMethods()));
        getters.sort(Comparator.comparing(Method::getName));
        for (Method getter : getters) {
            JsonProperty property = getter.getAnnotation(JsonProperty.class);
            if (property == null || getter.getParameterCount() != 0 || !getter.getName().startsWith("get")) {
                continue;
            }
            String path = prefix + property.value();
            Size size = getter.getAnnotation(Size.class);
            boolean required = getter.isAnnotationPresent(NotNull.class);
            Class<?> type = getter.getReturnType();
            if (type == String.class) {
                fields.add(new Field(path, size == null ? -1 : size.max(), required, true));
            } else if (List.class.isAssignableFrom(type)) {
                fields.add(new Field(path, -1, required, false));
                AnnotatedType item = ((AnnotatedParameterizedType) getter.getAnnotatedReturnType())
                        .getAnnotatedActualTypeArguments()[0];
                Class<?> itemType = (Class<?>) ((ParameterizedType) getter.getGenericReturnType())
                        .getActualTypeArguments()[0];
                Size itemSize = item.getAnnotation(Size.class);
                if (itemType == String.class) {
                    fields.add(new Field(path + "[0]", itemSize == null ? -1 : itemSize.max(), false, true));
                } else if (isModel(itemType)) {
                    fields.addAll(of(itemType, path + "[0]."));
                }
            } else if (isModel(type)) {
                fields.add(new Field(path, -1, required, false));
                fields.addAll(of(type, path + "."));
            } else {
                fields.add(new Field(path, -1, required, false));
            }
        }
        return fields;
    }

    private static boolean isModel(Class<?> type) {
        return type.getName().startsWith("dev.danakit.server.") && !type.isEnum();
    }
}
