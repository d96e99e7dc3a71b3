package dev.danakit.sandbox.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.danakit.sandbox.generated.payment.model.CreateOrderRequest;
import dev.danakit.sandbox.generated.widget.model.ApplyTokenRequest;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.UncheckedIOException;

/**
 * The one ObjectMapper of a sandbox: tolerant of fields it does not know (merchants' SDKs send extras),
 * silent about absent optional fields.
 */
public final class SandboxJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a value DANA added to an enum after the specs were written is read as no value, not refused
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(CreateOrderRequest.class, CreateOrderForms.class)
            .addMixIn(ApplyTokenRequest.class, ApplyTokenForms.class);

    /** @return the shared mapper (thread-safe once configured) */
    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * @param mapper the mapper that writes, as the JSON provider would
     * @param value a model
     * @return its JSON bytes: what is signed is what is sent
     */
    public static byte[] bytes(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
