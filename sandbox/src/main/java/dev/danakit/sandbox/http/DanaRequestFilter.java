package dev.danakit.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationStyle;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusals;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.AccessTokenSignature;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.snap.SnapVerifier;
import jakarta.annotation.Priority;
import jakarta.inject.Provider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Parameter;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.glassfish.jersey.server.ExtendedUriInfo;

/**
 * DANA's gate in front of every operation: captures the raw body, checks the caller's signature over
 * exactly those bytes with the registered merchant key, and refuses a repeated X-EXTERNAL-ID of the day.
 * Runs before Bean Validation, so an unsigned request gets DANA's 401 whatever else is wrong with it. Refusals
 * are classified and written by dana-protocol, as in the merchant's callback stubs.
 */
@Priority(Priorities.AUTHENTICATION)
public final class DanaRequestFilter implements ContainerRequestFilter {

    /** Gate settings: whose operations, which merchants, which clock and window, and whether to check at all. */
    public record Settings(OperationTable operations, MerchantRegistry merchants, ExternalIdLedger externalIds,
            Clock clock, Duration tolerance, boolean relaxed, LenientBodies bodies) {
    }

    private final Settings settings;
    private final DanaAnswers answers;
    private final ObjectMapper mapper;

    // a Provider: the request context is request-scoped and not proxiable into this singleton
    @Context
    private Provider<ContainerRequestContext> currentRequest;

    /**
     * @param settings what is checked
     * @param answers writes refusals
     * @param mapper reads Open API heads
     */
    public DanaRequestFilter(Settings settings, DanaAnswers answers, ObjectMapper mapper) {
        this.settings = settings;
        this.answers = answers;
        this.mapper = mapper;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = "/" + request.getUriInfo().getPath(false);
        Optional<DanaOperation> found = settings.operations().byPath(path);
        if (found.isEmpty()) {
            return;
        }
        DanaOperation operation = found.get();
        byte[] raw = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(operation.style() == OperationStyle.NICEPAY ? raw
                : settings.bodies().read(raw)));
        try {
            if (operation.style() != OperationStyle.OPEN_API) {
                headersPresent(request);
            }
            DanaCall call = switch (operation.style()) {
                case SNAP_B2B, SNAP_B2B2C -> snap(request, operation, path, raw);
                case SNAP_TOKEN -> accessToken(request, operation, raw);
                case OPEN_API -> openApi(request, operation, raw);
                case NICEPAY -> new DanaCall(operation, null, raw, null, request.getHeaders());
            };
            call.attachTo(request);
        } catch (Refusal refusal) {
            request.abortWith(DanaErrorMapper.response(answers.refusal(operation, refusal, raw)));
        }
    }

    /**
     * DANA checks that its headers are there before it checks what they say: a mandatory header missing or blank is
     * {@code xx02 Invalid Mandatory Field <header>}, whoever sends it and whatever its signature. A blank optional
     * header is an absent one (removed here, so that validation sees none).
     */
    private static void headersPresent(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo uriInfo) || uriInfo.getMatchedResourceMethod() == null) {
            return;
        }
        for (Parameter parameter : uriInfo.getMatchedResourceMethod().getInvocable().getDefinitionMethod()
                .getParameters()) {
            HeaderParam header = parameter.getAnnotation(HeaderParam.class);
            if (header == null) {
                continue;
            }
            String value = request.getHeaderString(header.value());
            if (value != null && !value.isBlank()) {
                continue;
            }
            if (parameter.isAnnotationPresent(NotNull.class)) {
                throw new Refusal(Refusal.Kind.INVALID_MANDATORY_FIELD, header.value());
            }
            request.getHeaders().remove(header.value());
        }
    }

    /** @return the call being served on this thread */
    public DanaCall current() {
        return DanaCall.of(currentRequest.get());
    }

    private DanaCall snap(ContainerRequestContext request, DanaOperation operation, String path, byte[] raw) {
        String partnerId = request.getHeaderString(SnapHeaders.X_PARTNER_ID);
        Merchant merchant = known(partnerId, SnapHeaders.X_PARTNER_ID);
        if (!settings.relaxed()) {
            verified(() -> new SnapVerifier(merchant.publicKey(), settings.clock(), settings.tolerance()).verify(
                    request.getMethod(), path, raw, request.getHeaderString(SnapHeaders.X_TIMESTAMP),
                    request.getHeaderString(SnapHeaders.X_SIGNATURE)));
        }
        String externalId = request.getHeaderString(SnapHeaders.X_EXTERNAL_ID);
        if (partnerId != null && externalId != null && !settings.externalIds().firstUseToday(partnerId, externalId)) {
            throw Refusal.snap(409, "00", "Conflict");
        }
        return new DanaCall(operation, merchant, raw, null, request.getHeaders());
    }

    private DanaCall accessToken(ContainerRequestContext request, DanaOperation operation, byte[] raw) {
        String clientKey = request.getHeaderString(SnapHeaders.X_CLIENT_KEY);
        Merchant merchant = known(clientKey, SnapHeaders.X_CLIENT_KEY);
        if (!settings.relaxed()) {
            String timestamp = request.getHeaderString(SnapHeaders.X_TIMESTAMP);
            String signature = request.getHeaderString(SnapHeaders.X_SIGNATURE);
            verified(() -> {
                requireHeader(timestamp, SnapHeaders.X_TIMESTAMP);
                requireHeader(signature, SnapHeaders.X_SIGNATURE);
                SnapTimestamp.checkWithin(timestamp, settings.clock(), settings.tolerance(), SnapHeaders.X_TIMESTAMP);
                if (!AccessTokenSignature.verify(merchant.publicKey(), clientKey, timestamp, signature)) {
                    throw new SignatureVerificationException(SignatureVerificationException.Reason.BAD_SIGNATURE,
                            SnapHeaders.X_SIGNATURE);
                }
            });
        }
        return new DanaCall(operation, merchant, raw, null, request.getHeaders());
    }

    private DanaCall openApi(ContainerRequestContext request, DanaOperation operation, byte[] raw) throws IOException {
        byte[] value;
        try {
            value = OpenApiEnvelope.signedValue(raw, OpenApiEnvelope.REQUEST);
        } catch (SignatureVerificationException e) {
            throw Refusals.of(e); // not JSON, or no request object: a bad request, relaxed or not
        }
        JsonNode head = mapper.readTree(value).path("head");
        Merchant merchant = known(head.path("clientId").textValue(), "clientId");
        if (!settings.relaxed()) {
            verified(() -> new OpenApiVerifier(merchant.publicKey(), settings.clock(), settings.tolerance())
                    .verify(raw, OpenApiEnvelope.REQUEST));
        }
        // each Open API path serves one function: another operation's name is a malformed head, not that operation
        JsonNode function = head.path("function");
        if (function.isTextual() && !function.textValue().isEmpty()
                && !function.textValue().equals(operation.function())) {
            throw new Refusal(Refusal.Kind.INVALID_FIELD_FORMAT, "request.head.function");
        }
        return new DanaCall(operation, merchant, raw, head, request.getHeaders());
    }

    /** The registered merchant of a client id, or {@code null} in relaxed mode; unknown ones are unauthorized. */
    private Merchant known(String clientId, String source) {
        Merchant merchant = settings.merchants().find(clientId).orElse(null);
        if (merchant == null && !settings.relaxed()) {
            throw new Refusal(Refusal.Kind.UNAUTHORIZED, "Unknown " + source);
        }
        return merchant;
    }

    private static void verified(Runnable check) {
        try {
            check.run();
        } catch (SignatureVerificationException e) {
            if (e.reason() == SignatureVerificationException.Reason.MALFORMED_TIMESTAMP) {
                // not a time at all (e.g. a space for the T): a field format error, as DANA answers it
                throw new Refusal(Refusal.Kind.INVALID_FIELD_FORMAT,
                        e.subject() != null ? e.subject() : SnapHeaders.X_TIMESTAMP);
            }
            throw Refusals.of(e);
        }
    }

    private static void requireHeader(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new SignatureVerificationException(SignatureVerificationException.Reason.MISSING_HEADER, name);
        }
    }
}
