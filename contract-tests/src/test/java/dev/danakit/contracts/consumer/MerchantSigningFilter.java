package dev.danakit.contracts.consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.testing.TestSigner;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;

/**
 * Signs what the generated client sends, the way the merchant's client does: serialise once, sign those
 * bytes, send those bytes. SNAP calls get the signed transport headers; Open API calls get their
 * {@code request} value signed and the envelope recomposed; NICEPAY calls carry their token in the body.
 *
 * @param style the operation's {@code x-dana-style}
 * @param signer signs with the merchant's test key
 * @param mapper the generated client's ObjectMapper
 * @param merchantHeaders the merchant's fixed SNAP headers (partner id, channel id) from the spec's examples
 */
record MerchantSigningFilter(String style, TestSigner signer, ObjectMapper mapper, Map<String, String> merchantHeaders)
        implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) throws IOException {
        byte[] body = mapper.writeValueAsBytes(request.getEntity());
        if (style.startsWith("snap")) {
            merchantHeaders.forEach(request.getHeaders()::putSingle);
            request.getHeaders().putSingle(SnapHeaders.X_EXTERNAL_ID, UUID.randomUUID().toString());
            signer.snapHeaders(request.getMethod(), request.getUri().getRawPath(), body)
                    .forEach(request.getHeaders()::putSingle);
        } else if ("open-api".equals(style)) {
            body = signer.openApiRequest(OpenApiEnvelope.signedValue(body, OpenApiEnvelope.REQUEST));
        }
        request.setEntity(body, request.getEntityAnnotations(), request.getMediaType());
    }
}
