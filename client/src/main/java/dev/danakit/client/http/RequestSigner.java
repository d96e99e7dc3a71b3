package dev.danakit.client.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.client.outcome.DanaClientException;
import dev.danakit.client.outcome.RequestValidationException;
import dev.danakit.protocol.answers.OpenApiHead;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.AccessTokenSignature;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first step of a call: validates the request model, serialises it once and signs exactly those bytes.
 *
 * <p>Per style:
 * <ul>
 * <li>SNAP: X-TIMESTAMP, X-SIGNATURE, X-PARTNER-ID, X-EXTERNAL-ID, CHANNEL-ID, ORIGIN. Customer headers
 * (Authorization-Customer, X-DEVICE-ID, ...) are the generated method's arguments.</li>
 * <li>SNAP token: X-TIMESTAMP, X-CLIENT-KEY and the signature over {@code clientId|X-TIMESTAMP}.</li>
 * <li>Open API: the caller sets only {@code request.body}; the head (version, function from the spec, clientId,
 * clientSecret, reqTime, reqMsgId, reserve "{}") is filled into the caller's model before validation, the
 * {@code request} value is serialised and signed, and {@code {"request":<those bytes>,"signature":"..."}} is sent.
 * A {@code signature} the caller set is ignored.</li>
 * <li>NICEPAY: validated and sent as is (the merchantToken is part of the body the caller builds).</li>
 * </ul>
 * A constraint violation throws {@link RequestValidationException}: nothing is sent.
 */
final class RequestSigner {

    /** Request header for the call's origin. */
    static final String ORIGIN = "ORIGIN";

    private static final Logger LOG = LoggerFactory.getLogger(RequestSigner.class);
    private static final byte[] NO_BODY = new byte[0];

    private final SigningSettings settings;
    private final Validator validator;
    private final SecretMasker masker;

    RequestSigner(SigningSettings settings, Validator validator, SecretMasker masker) {
        this.settings = settings;
        this.validator = validator;
        this.masker = masker;
    }

    void sign(Call call) {
        Route route = call.route();
        String timestamp = SnapTimestamp.now(settings.clock());
        Map<String, String> headers = new LinkedHashMap<>(call.callerHeaders());
        byte[] body = switch (route.operation().style()) {
            case OPEN_API -> openApiEnvelope(call, route, timestamp);
            case SNAP_B2B, SNAP_B2B2C -> {
                byte[] bytes = validatedBytes(call, route);
                headers.put(SnapHeaders.X_TIMESTAMP, timestamp);
                headers.put(SnapHeaders.X_SIGNATURE, SnapAsymmetric.sign(settings.privateKey(),
                        route.operation().method(), route.signedPath(), bytes, timestamp));
                headers.put(SnapHeaders.X_PARTNER_ID, settings.partnerId());
                headers.put(SnapHeaders.X_EXTERNAL_ID, call.externalId());
                headers.put(SnapHeaders.CHANNEL_ID, settings.channelId());
                if (settings.origin() != null) {
                    headers.put(ORIGIN, settings.origin());
                }
                yield bytes;
            }
            case SNAP_TOKEN -> {
                byte[] bytes = validatedBytes(call, route);
                headers.put(SnapHeaders.X_TIMESTAMP, timestamp);
                headers.put(SnapHeaders.X_CLIENT_KEY, settings.partnerId());
                headers.put(SnapHeaders.X_SIGNATURE,
                        AccessTokenSignature.sign(settings.privateKey(), settings.partnerId(), timestamp));
                yield bytes;
            }
            case NICEPAY -> validatedBytes(call, route);
        };
        call.signed(body, headers);
        if (LOG.isDebugEnabled()) {
            StringBuilder shown = new StringBuilder();
            headers.forEach((name, value) -> shown.append(name).append('=').append(SecretMasker.header(name, value))
                    .append(' '));
            LOG.debug("{} {} externalId={} headers: {}body: {}", route.operation().method(), route.signedPath(),
                    call.externalId(), shown, masker.body(body));
        }
    }

    private byte[] openApiEnvelope(Call call, Route route, String reqTime) {
        String operationId = route.operation().operationId();
        if (settings.clientSecret() == null) {
            throw new DanaClientException(operationId + " is an Open API call: configure the client secret");
        }
        Object entity = call.request();
        if (entity == null) {
            throw new RequestValidationException(operationId,
                    List.of(new RequestValidationException.Violation("request", "must not be null")));
        }
        ObjectNode envelope = route.mapper().createObjectNode();
        ObjectNode head = envelope.putObject(OpenApiEnvelope.REQUEST).putObject("head");
        head.put("version", OpenApiHead.VERSION);
        head.put("function", route.operation().function());
        head.put("clientId", settings.partnerId());
        head.put("clientSecret", settings.clientSecret());
        head.put("reqTime", reqTime);
        head.put("reqMsgId", call.externalId());
        head.put("reserve", "{}");
        try {
            route.merging().withValueToUpdate(entity).readValue(envelope);
        } catch (IOException e) {
            throw new DanaClientException(operationId + ": the model has no request.head to fill");
        }
        // the signature is computed below, over the bytes of the filled request value
        validate(operationId, call.constrained(), "signature");
        JsonNode value = route.mapper().valueToTree(entity).get(OpenApiEnvelope.REQUEST);
        byte[] valueBytes = write(route, value);
        return OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, valueBytes,
                OpenApiEnvelope.sign(settings.privateKey(), valueBytes));
    }

    private byte[] validatedBytes(Call call, Route route) {
        if (call.request() == null) {
            return NO_BODY;
        }
        validate(route.operation().operationId(), call.constrained(), null);
        return write(route, call.request());
    }

    private static byte[] write(Route route, Object value) {
        try {
            return route.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new DanaClientException(route.operation().operationId() + ": the request cannot be serialised");
        }
    }

    private void validate(String operationId, Object constrained, String ownedBySigner) {
        if (constrained == null) {
            throw new RequestValidationException(operationId,
                    List.of(new RequestValidationException.Violation("", "no request form was set")));
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(constrained);
        if (violations.isEmpty()) {
            return;
        }
        List<RequestValidationException.Violation> found = violations.stream()
                .map(v -> new RequestValidationException.Violation(v.getPropertyPath().toString(), v.getMessage()))
                .filter(v -> !v.propertyPath().equals(ownedBySigner))
                .sorted(Comparator.comparing(RequestValidationException.Violation::propertyPath)
                        .thenComparing(RequestValidationException.Violation::message))
                .toList();
        if (!found.isEmpty()) {
            throw new RequestValidationException(operationId, found);
        }
    }
}
