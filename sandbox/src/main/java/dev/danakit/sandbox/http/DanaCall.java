package dev.danakit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.sandbox.spec.DanaOperation;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What the request filter learnt about one call, kept as a request property for the twins and mappers.
 *
 * @param operation the spec operation called
 * @param merchant the calling merchant, or {@code null} in relaxed mode for an unknown client
 * @param rawBody the body bytes as received
 * @param requestHead Open API {@code request.head}, or {@code null} for other styles
 */
public record DanaCall(DanaOperation operation, Merchant merchant, byte[] rawBody, JsonNode requestHead) {

    private static final String PROPERTY = DanaCall.class.getName();

    /** @param request where to keep this call */
    public void attachTo(ContainerRequestContext request) {
        request.setProperty(PROPERTY, this);
    }

    /**
     * @param request the current request
     * @return the call, or {@code null} if the request is not a DANA operation
     */
    public static DanaCall of(ContainerRequestContext request) {
        return (DanaCall) request.getProperty(PROPERTY);
    }

    @Override
    public String toString() {
        return "DanaCall[" + operation.operationId() + "]";
    }
}
