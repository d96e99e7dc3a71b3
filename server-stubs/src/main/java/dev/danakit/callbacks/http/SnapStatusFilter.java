package dev.danakit.callbacks.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.callbacks.CallbackEndpoint;
import dev.danakit.protocol.operations.AnswerFormat;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/**
 * Stamps every SNAP answer with {@code X-TIMESTAMP} and keeps its HTTP status equal to the first three digits of its {@code responseCode}, so a
 * merchant's handler can answer e.g. {@code 4045601 Transaction Not Found} through the generated return type
 * and DANA sees HTTP 404.
 */
public final class SnapStatusFilter implements ContainerResponseFilter {

    private final Set<Class<?>> snapResponseTypes;
    private final ObjectMapper mapper;
    private final Clock clock;

    /**
     * @param snapResponseTypes the generated SNAP response models
     * @param mapper reads their {@code responseCode}
     * @param clock stamps {@code X-TIMESTAMP}
     */
    public SnapStatusFilter(Set<Class<?>> snapResponseTypes, ObjectMapper mapper, Clock clock) {
        this.snapResponseTypes = Set.copyOf(snapResponseTypes);
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(RequestProperties.ENDPOINT) instanceof CallbackEndpoint endpoint
                && endpoint.format() == AnswerFormat.SNAP) {
            response.getHeaders().putSingle(SnapHeaders.X_TIMESTAMP, SnapTimestamp.now(clock));
        }
        Object entity = response.getEntity();
        if (entity == null || !snapResponseTypes.contains(entity.getClass())) {
            return;
        }
        JsonNode code = mapper.valueToTree(entity).path("responseCode");
        String text = code.isTextual() ? code.textValue() : "";
        if (text.matches("[1-5]\\d{6}")) {
            response.setStatus(Integer.parseInt(text.substring(0, 3)));
        }
    }
}
