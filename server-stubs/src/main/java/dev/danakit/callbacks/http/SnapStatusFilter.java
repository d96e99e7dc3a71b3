package dev.danakit.callbacks.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.danakit.callbacks.CallbackEndpoint;
import dev.danakit.protocol.operations.AnswerFormat;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Stamps every SNAP answer with {@code X-TIMESTAMP} and keeps its HTTP status equal to the first three digits of its {@code responseCode}, so a
 * merchant's handler can answer e.g. {@code 4045601 Transaction Not Found} through the generated return type
 * and DANA sees HTTP 404.
 */
public final class SnapStatusFilter implements ContainerResponseFilter {

    /** The getter of {@code responseCode} of each generated SNAP response model, as Jackson serialises it. */
    private final Map<Class<?>, AnnotatedMember> responseCodes;
    private final Clock clock;

    /**
     * @param snapResponseTypes the generated SNAP response models
     * @param mapper serialises them (it names their {@code responseCode} property)
     * @param clock stamps {@code X-TIMESTAMP}
     */
    public SnapStatusFilter(Set<Class<?>> snapResponseTypes, ObjectMapper mapper, Clock clock) {
        Map<Class<?>, AnnotatedMember> codes = new HashMap<>();
        for (Class<?> type : snapResponseTypes) {
            for (BeanPropertyDefinition property : mapper.getSerializationConfig()
                    .introspect(mapper.constructType(type)).findProperties()) {
                if ("responseCode".equals(property.getName()) && property.getAccessor() != null) {
                    codes.put(type, property.getAccessor());
                }
            }
        }
        this.responseCodes = Map.copyOf(codes);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RequestProperties.ENDPOINT) instanceof CallbackEndpoint endpoint
                && endpoint.format() == AnswerFormat.SNAP) {
            response.getHeaders().putSingle(SnapHeaders.X_TIMESTAMP, SnapTimestamp.now(clock));
        }
        Object entity = response.getEntity();
        AnnotatedMember responseCode = entity == null ? null : responseCodes.get(entity.getClass());
        if (responseCode != null && responseCode.getValue(entity) instanceof String code && isResponseCode(code)) {
            response.setStatus(Integer.parseInt(code, 0, 3, 10));
        }
    }

    /** @return whether the text is a SNAP response code: seven digits, an HTTP status class 1-5 first */
    private static boolean isResponseCode(String code) {
        if (code.length() != 7 || code.charAt(0) < '1' || code.charAt(0) > '5') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
