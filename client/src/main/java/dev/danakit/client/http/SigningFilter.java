package dev.danakit.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.client.outcome.DanaClientException;
import dev.danakit.client.outcome.RequestValidationException;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.AccessTokenSignature;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.annotation.Priority;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares every outbound call: validates the request entity, serialises it once, signs exactly those
 * bytes and replaces the entity with them, so the bytes that go out are the bytes that were signed
 * ({@link SignedBodyInterceptor} writes them).
 *
 * <p>Per style:
 * <ul>
 * <li>SNAP: X-TIMESTAMP, X-SIGNATURE, X-PARTNER-ID, X-EXTERNAL-ID, CHANNEL-ID, ORIGIN. Customer headers
 * (Authorization-Customer, X-DEVICE-ID, ...) come from the generated method's arguments.</li>
 * <li>SNAP token: X-TIMESTAMP, X-CLIENT-KEY and the signature over {@code clientId|X-TIMESTAMP}.</li>
 * <li>Open API: the caller sets only {@code request.body}; this filter fills {@code request.head}
 * (version 2.0, function from the spec, clientId, clientSecret, reqTime, reqMsgId, reserve "{}") in the
 * caller's model before validation, serialises the {@code request} value, signs it and sends
 * {@code {"request":<those bytes>,"signature":"..."}}. A {@code signature} the caller set is ignored.</li>
 * <li>NICEPAY: validated and sent as is (the merchantToken is part of the body the caller builds).</li>
 * </ul>
 * A constraint violation throws {@link RequestValidationException} before anything is sent.
 */
@Priority(Integer.MAX_VALUE - 1000)
public final class SigningFilter implements ClientRequestFilter {

    /** Request property holding the exact bytes that were signed and must be sent. */
    public static final String SIGNED_BODY = SigningFilter.class.getName() + ".signedBody";
    /** Request header for the call's origin. */
    public static final String ORIGIN = "ORIGIN";

    private static final Logger LOG = LoggerFactory.getLogger(SigningFilter.class);

    private final SigningSettings settings;
    private final OperationRoutes routes;
    private final ObjectMapper mapper;
    private final ObjectReader merging;
    private final Validator validator;
    private final CallScopes scopes;
    private final SecretMasker masker;

    /**
     * @param settings credentials and header values
     * @param routes the product's operations
     * @param mapper the product's generated ObjectMapper
     * @param validator Bean Validation
     * @param scopes the product's call scopes
     * @param masker renders debug bodies
     */
    public SigningFilter(SigningSettings settings, OperationRoutes routes, ObjectMapper mapper, Validator validator,
            CallScopes scopes, SecretMasker masker) {
        this.settings = settings;
        this.routes = routes;
        this.mapper = mapper;
        ObjectMapper mergeMapper = mapper.copy();
        // fills request.head into the caller's model without replacing request.body
        mergeMapper.setDefaultMergeable(Boolean.TRUE);
        this.merging = mergeMapper.reader();
        this.validator = validator;
        this.scopes = scopes;
        this.masker = masker;
    }

    @Override
    public void filter(ClientRequestContext request) {
        String path = request.getUri().getRawPath();
        OperationRoute route = routes.forPath(path);
        if (route == null) {
            throw new DanaClientException("no operation in the specs has the path " + path);
        }
        CallScope scope = scopes.current();
        String externalId = scope != null && scope.pinnedExternalId != null ? scope.pinnedExternalId
                : settings.externalIds().get();
        String timestamp = SnapTimestamp.now(settings.clock());
        Object entity = request.getEntity();
        MultivaluedMap<String, Object> headers = request.getHeaders();

        byte[] body = switch (route.style()) {
            case OPEN_API -> openApiEnvelope(route, entity, externalId, timestamp);
            case SNAP -> {
                byte[] bytes = validatedBytes(route, entity);
                headers.putSingle(SnapHeaders.X_TIMESTAMP, timestamp);
                headers.putSingle(SnapHeaders.X_SIGNATURE,
                        SnapAsymmetric.sign(settings.privateKey(), request.getMethod(), path, bytes, timestamp));
                headers.putSingle(SnapHeaders.X_PARTNER_ID, settings.partnerId());
                headers.putSingle(SnapHeaders.X_EXTERNAL_ID, externalId);
                headers.putSingle(SnapHeaders.CHANNEL_ID, settings.channelId());
                if (settings.origin() != null) {
                    headers.putSingle(ORIGIN, settings.origin());
                }
                yield bytes;
            }
            case SNAP_TOKEN -> {
                byte[] bytes = validatedBytes(route, entity);
                headers.putSingle(SnapHeaders.X_TIMESTAMP, timestamp);
                headers.putSingle(SnapHeaders.X_CLIENT_KEY, settings.partnerId());
                headers.putSingle(SnapHeaders.X_SIGNATURE,
                        AccessTokenSignature.sign(settings.privateKey(), settings.partnerId(), timestamp));
                yield bytes;
            }
            case NICEPAY -> validatedBytes(route, entity);
        };
        request.setEntity(body, request.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        request.setProperty(SIGNED_BODY, body);
        if (scope != null) {
            scope.route = route;
            scope.externalId = externalId;
            scope.startNanos = System.nanoTime();
        }
        request.setProperty(ResponseCaptureFilter.STARTED, System.nanoTime());
        request.setProperty(ResponseCaptureFilter.EXTERNAL_ID, externalId);
        request.setProperty(ResponseCaptureFilter.ROUTE, route);
        if (LOG.isDebugEnabled()) {
            StringBuilder shown = new StringBuilder();
            headers.forEach((name, values) -> shown.append(name).append('=')
                    .append(SecretMasker.header(name, String.valueOf(values.isEmpty() ? "" : values.get(0))))
                    .append(' '));
            LOG.debug("{} {} externalId={} headers: {}body: {}", request.getMethod(), path, externalId, shown,
                    masker.body(body));
        }
    }

    private byte[] openApiEnvelope(OperationRoute route, Object entity, String reqMsgId, String reqTime) {
        if (settings.clientSecret() == null) {
            throw new DanaClientException(route.operationId() + " is an Open API call: configure the client secret");
        }
        if (entity == null) {
            throw new RequestValidationException(route.operationId(),
                    List.of(new RequestValidationException.Violation("request", "must not be null")));
        }
        ObjectNode envelope = mapper.createObjectNode();
        ObjectNode head = envelope.putObject(OpenApiEnvelope.REQUEST).putObject("head");
        head.put("version", "2.0");
        head.put("function", route.function());
        head.put("clientId", settings.partnerId());
        head.put("clientSecret", settings.clientSecret());
        head.put("reqTime", reqTime);
        head.put("reqMsgId", reqMsgId);
        head.put("reserve", "{}");
        try {
            merging.withValueToUpdate(entity).readValue(envelope);
        } catch (java.io.IOException e) {
            throw new DanaClientException(route.operationId() + ": the model has no request.head to fill");
        }
        // the signature is computed below, over the bytes of the filled request value
        validate(route, entity, "signature");
        JsonNode value = mapper.valueToTree(entity).get(OpenApiEnvelope.REQUEST);
        byte[] valueBytes = write(route, value);
        return OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, valueBytes,
                OpenApiEnvelope.sign(settings.privateKey(), valueBytes));
    }

    private byte[] validatedBytes(OperationRoute route, Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        validate(route, entity, null);
        return write(route, entity);
    }

    /**
     * A generated {@code oneOf} wrapper (createOrder, applyToken) carries no constraints of its own: the form
     * the caller chose sits in {@code getActualInstance()}, and Bean Validation does not look inside it.
     */
    private static Object chosenForm(OperationRoute route, Object entity) {
        for (Class<?> c = entity.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getSimpleName().equals("AbstractOpenApiSchema")) {
                try {
                    Object actual = entity.getClass().getMethod("getActualInstance").invoke(entity);
                    if (actual == null) {
                        throw new RequestValidationException(route.operationId(),
                                List.of(new RequestValidationException.Violation("", "no request form was set")));
                    }
                    return actual;
                } catch (ReflectiveOperationException e) {
                    throw new DanaClientException(route.operationId() + ": the request form cannot be read");
                }
            }
        }
        return entity;
    }

    private byte[] write(OperationRoute route, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new DanaClientException(route.operationId() + ": the request cannot be serialised");
        }
    }

    private void validate(OperationRoute route, Object entity, String ownedByFilter) {
        Set<ConstraintViolation<Object>> violations = validator.validate(chosenForm(route, entity));
        List<RequestValidationException.Violation> found = violations.stream()
                .map(v -> new RequestValidationException.Violation(v.getPropertyPath().toString(), v.getMessage()))
                .filter(v -> !v.propertyPath().equals(ownedByFilter))
                .sorted(Comparator.comparing(RequestValidationException.Violation::propertyPath)
                        .thenComparing(RequestValidationException.Violation::message))
                .toList();
        if (!found.isEmpty()) {
            throw new RequestValidationException(route.operationId(), found);
        }
    }
}
