package dev.danakit.callbacks.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Objects;

/**
 * The one ObjectMapper that binds callbacks and writes answers.
 *
 * <p>Lenient where DANA evolves (unknown fields are ignored: real Finish Notify payloads carry undocumented
 * ones), strict where input is hostile: duplicate keys are rejected (a second copy could differ from what
 * a reviewer sees), numbers and booleans are not silently turned into strings, and stream limits bound
 * nesting depth and value sizes.
 */
@Provider
public final class CallbackObjectMapper implements ContextResolver<ObjectMapper> {

    /** Deepest nesting accepted; DANA's payloads are a few levels deep. */
    public static final int MAX_NESTING_DEPTH = 32;

    private static final String MODEL_PACKAGE_PREFIX = "dev.danakit.server.";

    private final ObjectMapper mapper;

    /** @param mapper the mapper to hand to Jersey, usually {@link #create(int)} */
    public CallbackObjectMapper(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * @param maxBodyBytes the body size limit, also used as the parser's document limit
     * @return a new configured mapper
     */
    public static ObjectMapper create(int maxBodyBytes) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(maxBodyBytes)
                        .maxNumberLength(64)
                        .maxNameLength(256)
                        .maxDocumentLength(maxBodyBytes)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // Parser messages must never quote the received document.
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }

    /** @return the mapper */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The callback models only (generated under {@code dev.danakit.server}); other types keep Jersey's mapper. */
    @Override
    public ObjectMapper getContext(Class<?> type) {
        return type != null && type.getName().startsWith(MODEL_PACKAGE_PREFIX) ? mapper : null;
    }
}
