package dev.danakit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.merchants.Merchant;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;

/**
 * What the request filter learnt about one call, kept as a request property for the twins and mappers.
 *
 * @param operation the spec operation called
 * @param merchant the calling merchant, or {@code null} in relaxed mode for an unknown client
 * @param rawBody the body bytes as received
 * @param requestHead Open API {@code request.head}, or {@code null} for other styles
 * @param headers the request headers
 */
public record DanaCall(DanaOperation operation, Merchant merchant, byte[] rawBody, JsonNode requestHead,
                       MultivaluedMap<String, String> headers) {

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

    /**
     * @param name a header name (case-insensitive)
     * @return its first value, or {@code null}
     */
    public String header(String name) {
        return headers.getFirst(name);
    }

    /** @return the calling merchant's client id (X-PARTNER-ID, X-CLIENT-KEY or head.clientId), or {@code null} */
    public String clientId() {
        if (merchant != null) {
            return merchant.clientId();
        }
        String partner = header("X-PARTNER-ID");
        return partner != null ? partner : header("X-CLIENT-KEY");
    }

    @Override
    public String toString() {
        return "DanaCall[" + operation.operationId() + "]";
    }
}
