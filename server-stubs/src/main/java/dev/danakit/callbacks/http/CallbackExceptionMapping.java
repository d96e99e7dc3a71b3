package dev.danakit.callbacks.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.danakit.callbacks.CallbackEndpoint;
import dev.danakit.callbacks.error.CallbackRejection.Kind;
import dev.danakit.callbacks.error.CallbackRejection;
import dev.danakit.callbacks.error.DanaAnswers;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Turns every exception raised while serving a callback into the sender's format (via {@link DanaAnswers}):
 * constraint violations name the field, JSON errors never quote the input, client mistakes never become 5xx,
 * and no stack trace ever leaves the server. Requests to other paths are not mapped here
 * ({@link #isMappable}), so they keep the application's own mappers.
 *
 * @param <E> the mapped exception type (one subclass per type, so these win over Jersey's own mappers)
 */
public abstract class CallbackExceptionMapping<E extends Throwable> implements ExtendedExceptionMapper<E> {

    private static final System.Logger LOG = System.getLogger(CallbackExceptionMapping.class.getName());

    private final DanaAnswers answers;

    @Inject
    private Provider<ContainerRequest> request;

    /** @param answers renders the answers */
    protected CallbackExceptionMapping(DanaAnswers answers) {
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /** Only callback requests: the merchant's other resources keep their own (or Jersey's) mappers. */
    @Override
    public boolean isMappable(E exception) {
        return request.get().getProperty(RequestProperties.ENDPOINT) instanceof CallbackEndpoint;
    }

    @Override
    public Response toResponse(E exception) {
        ContainerRequest current = request.get();
        Object endpoint = current.getProperty(RequestProperties.ENDPOINT);
        if (!(endpoint instanceof CallbackEndpoint callback)) {
            return exception instanceof WebApplicationException wae ? wae.getResponse()
                    : Response.serverError().build();
        }
        Object rawBody = current.getProperty(RequestProperties.RAW_BODY);
        return answers.answer(callback, rejectionFor(exception), rawBody instanceof byte[] b ? b : null);
    }

    /**
     * @param e any exception thrown while serving a callback
     * @return the refusal it stands for
     */
    static CallbackRejection rejectionFor(Throwable e) {
        if (e instanceof CallbackRejection r) {
            return r;
        }
        if (e instanceof ConstraintViolationException cve) {
            return fromViolations(cve);
        }
        JsonProcessingException json = jsonCause(e);
        if (json != null) {
            return fromJson(json);
        }
        if (hasCause(e, java.io.CharConversionException.class)) {
            return new CallbackRejection(Kind.BAD_REQUEST, "body is not valid UTF-8");
        }
        if (e instanceof NotAllowedException) {
            return new CallbackRejection(Kind.METHOD_NOT_ALLOWED, null);
        }
        if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            return new CallbackRejection(Kind.BAD_REQUEST, wae.getResponse().getStatus() == 415
                    ? "Content-Type must be application/json" : null);
        }
        LOG.log(System.Logger.Level.WARNING, "callback failed unexpectedly: " + e.getClass().getName());
        return new CallbackRejection(Kind.NOT_PROCESSED, null);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static JsonProcessingException jsonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JsonProcessingException json) {
                return json;
            }
        }
        return null;
    }

    private static CallbackRejection fromJson(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                // Syntax, duplicate keys, stream limits (even when Jackson wraps them with a field path):
                // the message quotes the input, so only the kind of failure is reported.
                return new CallbackRejection(Kind.BAD_REQUEST, "body is not well-formed JSON");
            }
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder field = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    field.append(field.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    field.append('[').append(ref.getIndex()).append(']');
                }
            }
            return new CallbackRejection(Kind.INVALID_FIELD_FORMAT, field.toString());
        }
        return new CallbackRejection(Kind.BAD_REQUEST, "body is not a JSON object of the expected shape");
    }

    private static CallbackRejection fromViolations(ConstraintViolationException e) {
        List<ConstraintViolation<?>> violations = new ArrayList<>(e.getConstraintViolations());
        if (violations.isEmpty()) {
            return new CallbackRejection(Kind.BAD_REQUEST, null);
        }
        // Missing fields first, then by name, so the answer is stable however the validator iterates.
        violations.sort(Comparator.comparing((ConstraintViolation<?> v) -> !isMandatory(v))
                .thenComparing(CallbackExceptionMapping::fieldName));
        ConstraintViolation<?> first = violations.get(0);
        return new CallbackRejection(isMandatory(first) ? Kind.INVALID_MANDATORY_FIELD : Kind.INVALID_FIELD_FORMAT,
                fieldName(first));
    }

    private static boolean isMandatory(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation() instanceof NotNull;
    }

    /** The JSON path of the field (e.g. {@code request.head.reqMsgId}) or the header name. */
    static String fieldName(ConstraintViolation<?> v) {
        StringBuilder field = new StringBuilder();
        String methodName = null;
        for (jakarta.validation.Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD) {
                methodName = node.getName();
            } else if (kind == ElementKind.PARAMETER) {
                int index = node.as(jakarta.validation.Path.ParameterNode.class).getParameterIndex();
                String header = headerName(v.getRootBeanClass(), methodName, index);
                if (header != null) {
                    return header;
                }
            } else if (kind == ElementKind.PROPERTY || kind == ElementKind.CONTAINER_ELEMENT) {
                // An element of a list or map is marked on the node that follows the container.
                if (node.isInIterable()) {
                    field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    field.append(field.length() == 0 ? "" : ".").append(node.getName());
                }
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    private static String headerName(Class<?> resourceClass, String methodName, int index) {
        for (Class<?> type : typesOf(resourceClass)) {
            for (Method m : type.getDeclaredMethods()) {
                if (m.getName().equals(methodName) && index < m.getParameterCount()) {
                    HeaderParam header = m.getParameters()[index].getAnnotation(HeaderParam.class);
                    if (header != null) {
                        return header.value();
                    }
                }
            }
        }
        return null;
    }

    private static List<Class<?>> typesOf(Class<?> type) {
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            all.add(t);
            all.addAll(List.of(t.getInterfaces()));
        }
        return all;
    }
}
