package dev.danakit.client.http;

import dev.danakit.client.outcome.ResponseCode;
import dev.danakit.client.outcome.ResponseSignatureException;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import jakarta.annotation.Priority;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every response's raw bytes once (then hands the same bytes on to the generated client), logs the
 * call line, records the exchange for the typed outcome, and verifies DANA's signature on Open API
 * responses over those raw bytes. A signature that does not hold throws {@link ResponseSignatureException}.
 */
@Priority(Integer.MAX_VALUE - 1000)
public final class ResponseCaptureFilter implements ClientResponseFilter {

    static final String STARTED = ResponseCaptureFilter.class.getName() + ".started";
    static final String EXTERNAL_ID = ResponseCaptureFilter.class.getName() + ".externalId";
    static final String ROUTE = ResponseCaptureFilter.class.getName() + ".route";

    private static final Logger LOG = LoggerFactory.getLogger(ResponseCaptureFilter.class);
    private static final int MAX_BODY_BYTES = 8 << 20;

    private final OpenApiVerifier verifier;
    private final ResponseDecoder decoder;
    private final CallScopes scopes;
    private final SecretMasker masker;

    /**
     * @param verifier verifies Open API responses, or null when verification is turned off
     * @param decoder decodes the code for the log line
     * @param scopes the product's call scopes
     * @param masker renders debug bodies
     */
    public ResponseCaptureFilter(OpenApiVerifier verifier, ResponseDecoder decoder, CallScopes scopes,
            SecretMasker masker) {
        this.verifier = verifier;
        this.decoder = decoder;
        this.scopes = scopes;
        this.masker = masker;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
        byte[] raw = response.hasEntity() ? readBounded(response.getEntityStream()) : new byte[0];
        response.setEntityStream(new ByteArrayInputStream(raw));
        Object started = request.getProperty(STARTED);
        long latency = started instanceof Long start ? System.nanoTime() - start : 0L;
        OperationRoute route = (OperationRoute) request.getProperty(ROUTE);
        int status = response.getStatus();
        CallScope scope = scopes.current();
        if (scope != null) {
            scope.exchange = new CallScope.Exchange(status, raw, latency);
        }
        if (route == null) {
            return;
        }
        ResponseCode code = decoder.decode(route, status, raw);
        LOG.info("{} {} externalId={} status={} responseCode={} latencyMs={}", request.getMethod(),
                request.getUri().getRawPath(), request.getProperty(EXTERNAL_ID), status,
                code.code() == null ? "-" : code.code(), TimeUnit.NANOSECONDS.toMillis(latency));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} response body: {}", request.getMethod(), request.getUri().getRawPath(), masker.body(raw));
        }
        if (verifier != null && route.style() == OperationStyle.OPEN_API && status / 100 == 2) {
            try {
                verifier.verify(raw, OpenApiEnvelope.RESPONSE);
            } catch (SignatureVerificationException e) {
                LOG.warn("{} {} externalId={} response signature rejected: {}", request.getMethod(),
                        request.getUri().getRawPath(), request.getProperty(EXTERNAL_ID), e.reason());
                throw new ResponseSignatureException(route.operationId(), e);
            }
        }
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new IOException("response body exceeds " + MAX_BODY_BYTES + " bytes");
            }
            return bytes;
        }
    }
}
