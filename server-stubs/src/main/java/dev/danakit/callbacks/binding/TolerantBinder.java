package dev.danakit.callbacks.binding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.callbacks.Deviation;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusal.Kind;
import dev.danakit.protocol.refusals.Refusals;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds a verified notification the way DANA's production sends it, with Jackson. A body in the spec's shape is
 * bound in one streaming pass straight from the bytes; anything that pass would have to accept silently (an
 * unknown or re-cased key, text where a number or object is specified, a time in another form, a null list item)
 * makes it stop, and the body is then bound tolerantly: the document is read once into a tree, a copy is brought
 * into the spec's shape where a field identifies nothing and moves no money, and the model is bound from that copy.
 *
 * <ul>
 *   <li>an object (or list) that arrived as JSON text is parsed;</li>
 *   <li>a key in other casing than the spec ({@code externalStoreID}) also fills the spec's key;</li>
 *   <li>a time in ISO-8601 with {@code Z} or another offset, or in epoch milliseconds (number or numeric
 *       text), is rewritten in the form the spec's pattern describes (Jakarta time);</li>
 *   <li>a number or boolean where text is specified becomes its text; an object or list where text is
 *       specified becomes its compact JSON text; text where an object is specified is dropped from the model;</li>
 *   <li>what still does not bind is dropped from the model;</li>
 *   <li>unknown fields are listed.</li>
 * </ul>
 * Each change is a {@link Deviation}; the document as received stays untouched for the handler. Inside
 * {@link StrictFields} nothing is changed: a failure there is a {@link Refusal}. Null items in lists are
 * refused wherever they are (a list of DANA's never holds null).
 */
public final class TolerantBinder {

    private static final ZoneOffset JAKARTA = ZoneOffset.ofHours(7);
    private static final DateTimeFormatter SPEC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final int MAX_REBIND = 64;
    private static final String JAKARTA_SECONDS = "dddd-dd-ddTdd:dd:dd+07:00";

    private final ObjectMapper mapper;
    private final ObjectMapper exact;
    private final Map<JavaType, Properties> properties = new ConcurrentHashMap<>();

    /** @param mapper the callbacks' mapper (limits, duplicate detection) */
    public TolerantBinder(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.exact = ExactShape.mapper(mapper, type -> propertiesOf(type).byName());
    }

    /**
     * What was bound.
     *
     * @param model the model
     * @param document the document as received, or {@code null} when the body was bound in the spec's shape
     *     without reading it into a tree (it is then read from the bytes when first asked for)
     * @param deviations the deviations found while binding
     * @param <T> model type
     */
    public record Bound<T>(T model, JsonNode document, List<Deviation> deviations) {
    }

    /** A model property: its JSON name, type and the {@code @Pattern} of its getter, if any. */
    record Property(String name, JavaType type, java.util.regex.Pattern pattern) {
    }

    /** A model's properties by JSON name, and the JSON names by their lower-case form. */
    private record Properties(Map<String, Property> byName, Map<String, String> byLowerCase) {
    }

    /**
     * @param body the verified bytes
     * @param type the generated model
     * @param strict the fields that stay strict
     * @param <T> model type
     * @return the model, the document and the deviations
     * @throws Refusal when the body is not a JSON object, a list holds null, or a strict field does not bind
     */
    public <T> Bound<T> bind(byte[] body, Class<T> type, StrictFields strict) {
        T model = bindExactly(body, type);
        return model != null ? new Bound<>(model, null, List.of()) : bindTolerantly(body, type, strict);
    }

    /** @return the model bound in one pass, or {@code null} when the body is not exactly in the spec's shape */
    <T> T bindExactly(byte[] body, Class<T> type) {
        try {
            return exact.readValue(body, type);
        } catch (IOException notInTheSpecsShape) {
            // a body that is no JSON at all is refused by the tolerant binding, with the same code as ever
            return null;
        }
    }

    /** The tolerant binding: one tree, a copy shaped like the spec, the model bound from the copy. */
    <T> Bound<T> bindTolerantly(byte[] body, Class<T> type, StrictFields strict) {
        JsonNode document;
        try {
            document = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw Refusals.of(e);
        } catch (IOException e) {
            throw new Refusal(Kind.BAD_REQUEST, "body could not be read");
        }
        if (document == null || !document.isObject()) {
            throw new Refusal(Kind.BAD_REQUEST, "body is not a JSON object of the expected shape");
        }
        List<Deviation> deviations = new ArrayList<>();
        ObjectNode shaped = ((ObjectNode) document).deepCopy();
        JavaType javaType = mapper.constructType(type);
        normaliseObject(shaped, javaType, "", strict, deviations);
        return new Bound<>(bindDropping(shaped, type, strict, deviations), document, deviations);
    }

    private <T> T bindDropping(ObjectNode shaped, Class<T> type, StrictFields strict, List<Deviation> deviations) {
        for (int attempt = 0; ; attempt++) {
            try {
                return mapper.treeToValue(shaped, type);
            } catch (JsonMappingException e) {
                String field = Refusals.fieldPath(e);
                if (field.isEmpty() || strict.covers(field) || attempt >= MAX_REBIND || !remove(shaped, e)) {
                    throw Refusals.of(e);
                }
                deviations.add(new Deviation(field, "a value that does not bind", "the spec's type"));
            } catch (JsonProcessingException e) {
                throw Refusals.of(e);
            }
        }
    }

    private void normaliseObject(ObjectNode node, JavaType type, String path, StrictFields strict,
            List<Deviation> deviations) {
        if (!isModel(type)) {
            return;
        }
        Properties properties = propertiesOf(type);
        Map<String, Property> known = properties.byName();
        Map<String, String> byLowerCase = properties.byLowerCase();
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String field = join(path, name);
            Property property = known.get(name);
            if (property == null) {
                String specName = byLowerCase.get(name.toLowerCase(Locale.ROOT));
                if (specName != null && !node.has(specName) && !strict.covers(join(path, specName))) {
                    node.set(specName, node.get(name).deepCopy());
                    deviations.add(new Deviation(field, "key " + name, "key " + specName));
                    normaliseValue(node, specName, known.get(specName), join(path, specName), strict, deviations);
                } else {
                    deviations.add(new Deviation(field, shape(node.get(name)), "not in the spec"));
                }
                node.remove(name);
                continue;
            }
            normaliseValue(node, name, property, field, strict, deviations);
        }
    }

    private void normaliseValue(ObjectNode parent, String name, Property property, String field,
            StrictFields strict, List<Deviation> deviations) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return;
        }
        boolean isStrict = strict.covers(field);
        JavaType type = property.type();
        if (type.isCollectionLikeType() || type.isArrayType()) {
            if (value.isTextual() && !isStrict) {
                value = fromJsonText(parent, name, value, true, field, deviations);
            }
            if (value.isArray()) {
                normaliseItems((ArrayNode) value, type.getContentType(), field, strict, deviations);
            } else if (!isStrict) {
                parent.remove(name);
                deviations.add(new Deviation(field, shape(value), "list"));
            }
            return;
        }
        if (isStrict) {
            if (value.isObject()) {
                normaliseObject((ObjectNode) value, type, field, strict, deviations);
            }
            return;
        }
        if (isModel(type) || type.isMapLikeType()) {
            if (value.isTextual()) {
                value = fromJsonText(parent, name, value, false, field, deviations);
            }
            if (value.isObject()) {
                normaliseObject((ObjectNode) value, type, field, strict, deviations);
            } else {
                parent.remove(name);
                deviations.add(new Deviation(field, shape(value), "object"));
            }
            return;
        }
        if (type.hasRawClass(Object.class) && value.isTextual()) {
            // a value the spec admits as "the object or its JSON text" (shopAddress): the handler gets the object
            if (fromJsonText(parent, name, value, false, field, deviations) == value) {
                deviations.add(new Deviation(field, "text", "object or its JSON text"));
            }
            return;
        }
        if (type.hasRawClass(String.class)) {
            normaliseText(parent, name, property, field, deviations);
        }
    }

    private void normaliseItems(ArrayNode items, JavaType itemType, String field, StrictFields strict,
            List<Deviation> deviations) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemField = field + "[" + i + "]";
            if (item == null || item.isNull()) {
                throw new Refusal(Kind.INVALID_FIELD_FORMAT, itemField);
            }
            if (item.isObject() && itemType != null) {
                normaliseObject((ObjectNode) item, itemType, itemField, strict, deviations);
            }
        }
    }

    private void normaliseText(ObjectNode parent, String name, Property property, String field,
            List<Deviation> deviations) {
        JsonNode value = parent.get(name);
        if (property.pattern() != null && looksLikeTime(name)) {
            // the documented form is Jakarta time; the spec's pattern may admit more (Z, offsets, epoch), which is
            // delivered in the documented form and listed
            String text = value.isNumber() || value.isTextual() ? value.asText() : null;
            if (text != null) {
                String rewritten = rewrittenTime(text, property.pattern());
                if (rewritten != null) {
                    parent.put(name, rewritten);
                    deviations.add(new Deviation(field, timeShape(value), "ISO-8601 in Jakarta time (+07:00)"));
                    return;
                }
            }
        }
        if (value.isNumber() || value.isBoolean()) {
            parent.put(name, value.asText());
            deviations.add(new Deviation(field, shape(value), "text"));
        } else if (value.isContainerNode()) {
            parent.put(name, value.toString());
            deviations.add(new Deviation(field, shape(value), "text"));
        }
    }

    static boolean looksLikeTime(String name) {
        return name.endsWith("Time") || name.endsWith("time");
    }

    /**
     * @param text a time as received
     * @param pattern the property's pattern
     * @return the time in the spec's form when it differs from the text and matches the pattern, else {@code null}
     */
    static String rewrittenTime(String text, java.util.regex.Pattern pattern) {
        if (isJakartaSeconds(text)) {
            return null; // the documented form already: parsing and formatting it gives it back (or fails)
        }
        String rewritten = specTime(text);
        return rewritten != null && !rewritten.equals(text) && pattern.matcher(rewritten).matches() ? rewritten : null;
    }

    /** @return whether the text has the shape {@code yyyy-MM-ddTHH:mm:ss+07:00}, the form {@link #specTime} writes */
    private static boolean isJakartaSeconds(String text) {
        if (text.length() != JAKARTA_SECONDS.length() || !text.endsWith("+07:00")) {
            return false;
        }
        for (int i = 0; i < 19; i++) {
            char shape = JAKARTA_SECONDS.charAt(i);
            char c = text.charAt(i);
            if (shape == 'd' ? c < '0' || c > '9' : c != shape) {
                return false;
            }
        }
        return true;
    }

    /** @return the time in the spec's form, or {@code null} when the text is no time this binder knows */
    static String specTime(String text) {
        try {
            Instant instant;
            if (!text.isEmpty() && text.length() <= 16 && text.chars().allMatch(Character::isDigit)) {
                instant = Instant.ofEpochMilli(Long.parseLong(text));
            } else {
                instant = OffsetDateTime.parse(text).toInstant();
            }
            return instant.truncatedTo(ChronoUnit.SECONDS).atOffset(JAKARTA).format(SPEC_TIME);
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }

    private static String timeShape(JsonNode value) {
        if (value.isNumber()) {
            return "epoch milliseconds (number)";
        }
        String text = value.asText();
        if (text.chars().allMatch(Character::isDigit)) {
            return "epoch milliseconds (text)";
        }
        return text.endsWith("Z") || text.endsWith("z") ? "ISO-8601 with Z" : "ISO-8601 with another offset";
    }

    /**
     * Puts the list or object whose JSON text arrived in place of the text, in the copy, and lists it.
     *
     * @return the value now in place: the parsed container, or the text when it holds no such JSON
     */
    private JsonNode fromJsonText(ObjectNode parent, String name, JsonNode text, boolean list, String field,
            List<Deviation> deviations) {
        JsonNode parsed = parseJsonText(text.textValue());
        if (parsed == null || (list ? !parsed.isArray() : !parsed.isObject())) {
            return text;
        }
        parent.set(name, parsed);
        deviations.add(list ? new Deviation(field, "JSON text of a list", "list")
                : new Deviation(field, "JSON text of an object", "object"));
        return parsed;
    }

    private JsonNode parseJsonText(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.charAt(0) != '{' && t.charAt(0) != '[') {
            return null;
        }
        try {
            return mapper.readTree(t);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * A value's shape in words, never the value itself.
     *
     * @param value a JSON value
     * @return e.g. {@code text of 12 characters}, {@code object}, {@code number}
     */
    public static String shape(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "absent";
        }
        return switch (value.getNodeType()) {
            case OBJECT -> "object";
            case ARRAY -> "list";
            case STRING -> "text of " + value.textValue().length() + " characters";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private Properties propertiesOf(JavaType type) {
        return properties.computeIfAbsent(type, t -> {
            BeanDescription description = mapper.getDeserializationConfig().introspect(t);
            Map<String, Property> byName = new LinkedHashMap<>();
            for (BeanPropertyDefinition p : description.findProperties()) {
                if (p.getPrimaryMember() == null) {
                    continue;
                }
                // the generated models carry Bean Validation on their getters
                Pattern pattern = p.hasGetter() ? p.getGetter().getMember().getAnnotation(Pattern.class) : null;
                byName.put(p.getName(), new Property(p.getName(), p.getPrimaryType(),
                        pattern == null ? null : java.util.regex.Pattern.compile(pattern.regexp())));
            }
            Map<String, String> byLowerCase = new LinkedHashMap<>();
            byName.keySet().forEach(name -> byLowerCase.put(name.toLowerCase(Locale.ROOT), name));
            return new Properties(Map.copyOf(byName), Map.copyOf(byLowerCase));
        });
    }

    static boolean isModel(JavaType type) {
        return type != null && type.getRawClass().getName().startsWith("dev.danakit.server.")
                && !type.isEnumType();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Removes the value a mapping failure points at; {@code false} when the path cannot be followed. */
    private static boolean remove(ObjectNode root, JsonMappingException e) {
        List<JsonMappingException.Reference> path = e.getPath();
        JsonNode node = root;
        for (int i = 0; i < path.size(); i++) {
            JsonMappingException.Reference ref = path.get(i);
            boolean last = i == path.size() - 1;
            if (ref.getFieldName() != null && node instanceof ObjectNode object) {
                if (last) {
                    return object.remove(ref.getFieldName()) != null;
                }
                node = object.get(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && node instanceof ArrayNode array) {
                if (last) {
                    return array.remove(ref.getIndex()) != null;
                }
                node = array.get(ref.getIndex());
            } else {
                return false;
            }
            if (!(node instanceof ContainerNode<?>)) {
                return false;
            }
        }
        return false;
    }
}
