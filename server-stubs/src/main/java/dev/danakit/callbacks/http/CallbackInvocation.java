package dev.danakit.callbacks.http;

import dev.danakit.callbacks.CallbackMount;
import dev.danakit.callbacks.Deviation;
import dev.danakit.callbacks.Notification;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.callbacks.binding.TolerantBinder;
import dev.danakit.callbacks.delivery.CallbackDelivery;
import dev.danakit.protocol.refusals.FieldViolation;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusal.Kind;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.glassfish.jersey.process.Inflector;

/**
 * Serves one mounted callback: takes the bytes {@link CallbackVerificationFilter} verified for this very path,
 * binds them once ({@link TolerantBinder}), validates headers and model once against the generated interface's
 * constraints, refuses what is wrong in a strict field or a header, lists every other difference as a
 * {@link Deviation} (logged once at WARN, names and shapes only), and hands the {@link Notification} to the
 * kit's exactly-once delivery.
 */
final class CallbackInvocation implements Inflector<ContainerRequestContext, Object> {

    private static final System.Logger LOG = System.getLogger(CallbackInvocation.class.getName());
    private static final int LOGGED_DEVIATIONS = 20;

    private final CallbackMount mount;
    private final Method method;
    private final String[] headerNames;
    private final int modelIndex;
    private final TolerantBinder binder;
    private final ExecutableValidator validator;

    /**
     * @param mount the callback and its path
     * @param method the generated interface's method (its parameters carry the header constraints)
     * @param binder binds bodies
     * @param validator validates headers and model
     */
    CallbackInvocation(CallbackMount mount, Method method, TolerantBinder binder, ExecutableValidator validator) {
        this.mount = Objects.requireNonNull(mount, "mount");
        this.method = Objects.requireNonNull(method, "method");
        this.binder = Objects.requireNonNull(binder, "binder");
        this.validator = Objects.requireNonNull(validator, "validator");
        Annotation[][] annotations = method.getParameterAnnotations();
        this.headerNames = new String[annotations.length];
        int model = -1;
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation a : annotations[i]) {
                if (a instanceof HeaderParam header) {
                    headerNames[i] = header.value();
                }
            }
            if (headerNames[i] == null) {
                model = i;
            }
        }
        if (model < 0) {
            throw new IllegalArgumentException(method + " has no body parameter");
        }
        this.modelIndex = model;
    }

    @Override
    public Object apply(ContainerRequestContext request) {
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        Object verified = request.getProperty(RequestProperties.VERIFIED);
        Object body = request.getProperty(RequestProperties.RAW_BODY);
        if (!rawPath.equals(verified) || !(body instanceof byte[] bytes)) {
            // routed here after verification ran for another path (a URI rewritten by a later filter)
            request.setProperty(RequestProperties.ENDPOINT, mount.endpoint());
            throw new Refusal(Kind.UNAUTHORIZED, "request was not verified at the path it was received on");
        }
        return deliver(request, bytes, rawPath, (CallbackDelivery<?>) mount.resource());
    }

    private <T> Object deliver(ContainerRequestContext request, byte[] body, String rawPath,
            CallbackDelivery<T> delivery) {
        StrictFields strict = delivery.strictFields();
        TolerantBinder.Bound<T> bound = binder.bind(body, delivery.requestType(), strict);
        Object[] args = new Object[headerNames.length];
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (i == modelIndex) {
                args[i] = bound.model();
            } else {
                String value = request.getHeaderString(headerNames[i]);
                // an empty header is a missing one (xx02), not a malformed one
                args[i] = value == null || value.isBlank() ? null : value;
                if (args[i] != null) {
                    headers.put(headerNames[i], value);
                }
            }
        }
        List<Deviation> deviations = new ArrayList<>(bound.deviations());
        Set<ConstraintViolation<Object>> refused = new LinkedHashSet<>();
        for (ConstraintViolation<Object> v : validator.validateParameters(mount.resource(), method, args)) {
            FieldViolation field = FieldViolation.of(v, AnswerResponses.HEADERS);
            if (parameterIndex(v) != modelIndex || strict.covers(field.field())) {
                refused.add(v);
            } else {
                deviations.add(new Deviation(field.field(), arrived(v), specSays(v.getConstraintDescriptor())));
            }
        }
        if (!refused.isEmpty()) {
            throw new ConstraintViolationException(refused);
        }
        if (!deviations.isEmpty() && LOG.isLoggable(System.Logger.Level.WARNING)) {
            // one line per notification, bounded: a list of 200 items with an unknown field is 200 deviations
            List<Deviation> shown = deviations.subList(0, Math.min(LOGGED_DEVIATIONS, deviations.size()));
            LOG.log(System.Logger.Level.WARNING, mount.endpoint().operation().operationId() + " at " + mount.path()
                    + " delivered with " + deviations.size() + " deviation(s) from the spec: " + shown
                    + (deviations.size() > shown.size() ? " and " + (deviations.size() - shown.size()) + " more" : ""));
        }
        return delivery.deliver(new Notification<>(bound.model(), body, bound.document(), deviations, rawPath,
                headers));
    }

    private static int parameterIndex(ConstraintViolation<?> v) {
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                return node.as(Path.ParameterNode.class).getParameterIndex();
            }
        }
        return -1;
    }

    private static String arrived(ConstraintViolation<?> v) {
        Object value = v.getInvalidValue();
        if (value == null) {
            return "absent";
        }
        if (value instanceof CharSequence text) {
            return "text of " + text.length() + " characters";
        }
        if (value instanceof java.util.Collection<?> list) {
            return "list of " + list.size() + " items";
        }
        return value.getClass().getSimpleName();
    }

    private static String specSays(ConstraintDescriptor<?> descriptor) {
        Annotation a = descriptor.getAnnotation();
        Map<String, Object> attributes = descriptor.getAttributes();
        return switch (a.annotationType().getSimpleName()) {
            case "NotNull" -> "required";
            case "Size" -> "length " + attributes.get("min") + ".." + attributes.get("max");
            case "Pattern" -> "pattern " + attributes.get("regexp");
            default -> a.annotationType().getSimpleName();
        };
    }
}
