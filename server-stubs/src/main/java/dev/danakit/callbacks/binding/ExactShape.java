package dev.danakit.callbacks.binding;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The mapper of {@link TolerantBinder}'s one-pass binding: the callbacks' mapper (same limits, duplicate
 * detection, no scalar coercion to text) made to fail wherever the tolerant binding would change or list
 * something, so that a body it accepts binds to exactly the model the tolerant binding would produce, with no
 * deviation:
 * <ul>
 *   <li>a key the model does not declare (unknown or in other casing);</li>
 *   <li>a null item in a list;</li>
 *   <li>empty text, or any text, where an object or list is specified;</li>
 *   <li>text where the spec admits "an object or its JSON text" (such a property is typed {@code Object});</li>
 *   <li>a time, in a property with a pattern, that is not in the documented form (Jakarta time).</li>
 * </ul>
 */
final class ExactShape {

    private ExactShape() {
    }

    /**
     * @param callbacks the callbacks' mapper
     * @param propertiesOf a model's properties by JSON name (with their patterns)
     * @return a new mapper that fails where the tolerant binding would not bind as is
     */
    static ObjectMapper mapper(ObjectMapper callbacks,
            Function<JavaType, Map<String, TolerantBinder.Property>> propertiesOf) {
        ObjectMapper exact = callbacks.copy();
        exact.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        exact.disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        exact.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        for (LogicalType container : List.of(LogicalType.POJO, LogicalType.Collection, LogicalType.Array,
                LogicalType.Map)) {
            exact.coercionConfigFor(container)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setAcceptBlankAsEmpty(false);
        }
        SimpleModule module = new SimpleModule("dana-exact-shape");
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                    BeanDeserializerBuilder builder) {
                if (!TolerantBinder.isModel(description.getType())) {
                    return builder;
                }
                Map<String, TolerantBinder.Property> properties = propertiesOf.apply(description.getType());
                List<SettableBeanProperty> replaced = new ArrayList<>();
                for (Iterator<SettableBeanProperty> it = builder.getProperties(); it.hasNext(); ) {
                    SettableBeanProperty property = it.next();
                    TolerantBinder.Property known = properties.get(property.getName());
                    if (property.getType().hasRawClass(Object.class)) {
                        replaced.add(property.withValueDeserializer(new NoText()));
                    } else if (known != null && known.pattern() != null && property.getType().hasRawClass(String.class)
                            && TolerantBinder.looksLikeTime(property.getName())) {
                        replaced.add(property.withValueDeserializer(new DocumentedTime(known.pattern())));
                    }
                }
                replaced.forEach(property -> builder.addOrReplaceProperty(property, true));
                return builder;
            }
        });
        exact.registerModule(module);
        return exact;
    }

    /** A value the spec admits as an object or its JSON text: text is left to the tolerant binding. */
    private static final class NoText extends StdDeserializer<Object> {
        NoText() {
            super(Object.class);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return ctxt.handleUnexpectedToken(Object.class, p);
            }
            JsonDeserializer<Object> untyped = ctxt.findRootValueDeserializer(ctxt.constructType(Object.class));
            return untyped.deserialize(p, ctxt);
        }
    }

    /** A time with a pattern: only the documented form binds as is; any other is left to the tolerant binding. */
    private static final class DocumentedTime extends StdDeserializer<String> {
        private final java.util.regex.Pattern pattern;

        DocumentedTime(java.util.regex.Pattern pattern) {
            super(String.class);
            this.pattern = pattern;
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (TolerantBinder.rewrittenTime(text, pattern) != null) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            return text;
        }
    }
}
