package dev.danakit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.sandbox.spec.DanaOperation;
import dev.danakit.sandbox.spec.OperationCatalog;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.AccessTokenSignature;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.snap.SnapVerifier;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.inject.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * DANA's gate in front of every operation: captures the raw body, checks the caller's signature over
 * exactly those bytes with the registered merchant key, and refuses a repeated X-EXTERNAL-ID of the day.
 * Runs before Bean Validation, so an unsigned request gets DANA's 401 whatever else is wrong with it.
 */
@Priority(Priorities.AUTHENTICATION)
public final class DanaRequestFilter implements ContainerRequestFilter {

    private final OperationCatalog catalog;
    private final MerchantRegistry merchants;
    private final ExternalIdLedger externalIds;
    private final DanaResponses responses;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Duration tolerance;
    private final boolean relaxed;

    // a Provider: the request context is request-scoped and not proxiable into this singleton
    @Context
    private Provider<ContainerRequestContext> currentRequest;

    public DanaRequestFilter(OperationCatalog catalog, MerchantRegistry merchants, ExternalIdLedger externalIds,
                             DanaResponses responses, ObjectMapper mapper, Clock clock, Duration tolerance,
                             boolean relaxed) {
        this.catalog = catalog;
        this.merchants = merchants;
        this.externalIds = externalIds;
        this.responses = responses;
        this.mapper = mapper;
        this.clock = clock;
        this.tolerance = tolerance;
        this.relaxed = relaxed;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = "/" + request.getUriInfo().getPath(false);
        Optional<DanaOperation> found = catalog.byPath(path);
        if (found.isEmpty()) {
            return;
        }
        DanaOperation operation = found.get();
        byte[] raw = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(raw));
        switch (operation.style()) {
            case SNAP_B2B, SNAP_B2B2C -> snap(request, operation, path, raw);
            case SNAP_TOKEN -> accessToken(request, operation, raw);
            case OPEN_API -> openApi(request, operation, raw);
            default -> new DanaCall(operation, null, raw, null, request.getHeaders()).attachTo(request);
        }
    }

    /** @return the call being served on this thread */
    public DanaCall current() {
        return DanaCall.of(currentRequest.get());
    }

    private void snap(ContainerRequestContext request, DanaOperation operation, String path, byte[] raw) {
        String partnerId = request.getHeaderString(SnapHeaders.X_PARTNER_ID);
        Merchant merchant = merchants.find(partnerId).orElse(null);
        if (!relaxed) {
            if (merchant == null) {
                unauthorized(request, operation, "Unknown X-PARTNER-ID");
                return;
            }
            try {
                new SnapVerifier(merchant.publicKey(), clock, tolerance).verify(request.getMethod(), path, raw,
                        request.getHeaderString(SnapHeaders.X_TIMESTAMP), request.getHeaderString(SnapHeaders.X_SIGNATURE));
            } catch (SignatureVerificationException e) {
                unauthorized(request, operation, e.getMessage());
                return;
            }
        }
        String externalId = request.getHeaderString(SnapHeaders.X_EXTERNAL_ID);
        if (partnerId != null && externalId != null && !externalIds.firstUseToday(partnerId, externalId)) {
            request.abortWith(responses.snap(operation, 409, "00", "Conflict"));
            return;
        }
        new DanaCall(operation, merchant, raw, null, request.getHeaders()).attachTo(request);
    }

    private void accessToken(ContainerRequestContext request, DanaOperation operation, byte[] raw) {
        String clientKey = request.getHeaderString(SnapHeaders.X_CLIENT_KEY);
        Merchant merchant = merchants.find(clientKey).orElse(null);
        if (!relaxed) {
            if (merchant == null) {
                unauthorized(request, operation, "Unknown X-CLIENT-KEY");
                return;
            }
            String timestamp = request.getHeaderString(SnapHeaders.X_TIMESTAMP);
            String signature = request.getHeaderString(SnapHeaders.X_SIGNATURE);
            try {
                requireHeader(timestamp, SnapHeaders.X_TIMESTAMP);
                requireHeader(signature, SnapHeaders.X_SIGNATURE);
                SnapTimestamp.checkWithin(timestamp, clock, tolerance, SnapHeaders.X_TIMESTAMP);
                if (!AccessTokenSignature.verify(merchant.publicKey(), clientKey, timestamp, signature)) {
                    throw new SignatureVerificationException(SignatureVerificationException.Reason.BAD_SIGNATURE,
                            SnapHeaders.X_SIGNATURE);
                }
            } catch (SignatureVerificationException e) {
                unauthorized(request, operation, e.getMessage());
                return;
            }
        }
        new DanaCall(operation, merchant, raw, null, request.getHeaders()).attachTo(request);
    }

    private void openApi(ContainerRequestContext request, DanaOperation operation, byte[] raw) {
        JsonNode head;
        try {
            head = mapper.readTree(raw).path(OpenApiEnvelope.REQUEST).path("head");
        } catch (IOException e) {
            request.abortWith(responses.openApiResult(operation, null, "F", "00000004", "PARAM_ILLEGAL",
                    "request is not well-formed JSON"));
            return;
        }
        Merchant merchant = merchants.find(head.path("clientId").textValue()).orElse(null);
        if (!relaxed) {
            if (merchant == null) {
                request.abortWith(responses.openApiResult(operation, head, "F", "00000004", "PARAM_ILLEGAL",
                        "unknown clientId"));
                return;
            }
            try {
                new OpenApiVerifier(merchant.publicKey(), clock, tolerance).verify(raw, OpenApiEnvelope.REQUEST);
            } catch (SignatureVerificationException e) {
                request.abortWith(responses.openApiResult(operation, head, "F", "00000004", "PARAM_ILLEGAL",
                        e.getMessage()));
                return;
            }
        }
        new DanaCall(operation, merchant, raw, head, request.getHeaders()).attachTo(request);
    }

    private void unauthorized(ContainerRequestContext request, DanaOperation operation, String reason) {
        request.abortWith(responses.snap(operation, 401, "00", "Unauthorized. " + reason));
    }

    private static void requireHeader(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new SignatureVerificationException(SignatureVerificationException.Reason.MISSING_HEADER, name);
        }
    }
}
