package dev.danakit.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.testing.TestSigner;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.UUID;

/**
 * Test stand-in for the client module's signing filter: serialises the entity once with the client's own
 * mapper, signs those bytes, and sends exactly them with the SNAP headers.
 *
 * @param signer signs as the merchant
 * @param mapper the client's own mapper
 * @param clientId the merchant's X-PARTNER-ID
 */
record TestSnapSigningFilter(TestSigner signer, ObjectMapper mapper, String clientId) implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        byte[] body = mapper.writeValueAsBytes(request.getEntity());
        signer.snapHeaders(request.getMethod(), request.getUri().getRawPath(), body)
                .forEach(request.getHeaders()::putSingle);
        request.getHeaders().putSingle(SnapHeaders.X_PARTNER_ID, clientId);
        request.getHeaders().putSingle(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
        request.getHeaders().putSingle(SnapHeaders.CHANNEL_ID, "95221");
        request.setEntity(body, null, MediaType.APPLICATION_JSON_TYPE);
    }
}
