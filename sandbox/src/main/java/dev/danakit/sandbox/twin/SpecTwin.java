package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.AnswerFormat;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.http.DanaRequestFilter;
import dev.danakit.sandbox.outcomes.ForcedOutcome;
import dev.danakit.sandbox.outcomes.OutcomeRules;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.model.Resource;

/**
 * Implements a generated JAX-RS interface of a DANA product. Each operation goes to the hand-written
 * behaviour of the product (a method of a handler with the operation's name taking {@code (DanaCall,
 * <request model>)}) when there is one; otherwise it answers the spec's own success example, echoing the
 * request's fields that the response also carries. So every operation of every spec is served, and an
 * operation added to a spec is served before anyone writes behaviour for it.
 *
 * @param handlers objects with the hand-written operations of the product
 * @param calls gives the current call
 * @param answers the specs' success examples
 * @param idempotency remembers answers by partnerReferenceNo
 * @param danaAnswers makes the head of Open API answers and signs them
 * @param mapper the sandbox's mapper
 * @param outcomes the documented outcomes a valid request may ask for instead of the behaviour
 */
public record SpecTwin(List<Object> handlers, DanaRequestFilter calls, ExampleAnswers answers,
        IdempotencyLedger idempotency, DanaAnswers danaAnswers, ObjectMapper mapper, OutcomeRules outcomes)
        implements InvocationHandler {

    private static final String GENERATED = "dev.danakit.sandbox.generated.";

    /**
     * @param api a generated interface, e.g. {@code WidgetApi.class}
     * @param handlers objects with the hand-written operations of that product
     * @param calls gives the current call
     * @param answers the specs' success examples
     * @param idempotency remembers answers by partnerReferenceNo
     * @param danaAnswers makes the head of Open API answers and signs them
     * @param mapper the sandbox's mapper
     * @param outcomes the documented outcomes a valid request may ask for
     * @param <T> the interface
     * @return an implementation to register as a resource
     */
    public static <T> T implement(Class<T> api, List<Object> handlers, DanaRequestFilter calls, ExampleAnswers answers,
                                  IdempotencyLedger idempotency, DanaAnswers danaAnswers, ObjectMapper mapper,
                                  OutcomeRules outcomes) {
        return api.cast(Proxy.newProxyInstance(api.getClassLoader(), new Class<?>[] {api},
                new SpecTwin(handlers, calls, answers, idempotency, danaAnswers, mapper, outcomes)));
    }

    /**
     * One root resource per operation, at the operation's full path. Registering the generated interfaces
     * as they are would let a class-level prefix (e.g. {@code /dana} of merchant management) capture
     * another product's path under it (widget's {@code /dana/member/query/...}): JAX-RS does not backtrack.
     *
     * @param api the generated interface
     * @param implementation its implementation
     * @return a resource for each of its operations
     */
    public static List<Resource> resources(Class<?> api, Object implementation) {
        List<Resource> resources = new java.util.ArrayList<>();
        for (Method method : api.getMethods()) {
            if (method.isAnnotationPresent(POST.class)) {
                String path = path(api, method);
                Resource.Builder resource = Resource.builder(path);
                resource.addMethod("POST").consumes(MediaType.APPLICATION_JSON_TYPE)
                        .produces(MediaType.APPLICATION_JSON_TYPE).handledBy(implementation, method);
                resources.add(resource.build());
            }
        }
        return resources;
    }

    /**
     * @param api a generated interface
     * @return the paths of its operations, each with one leading {@code /}
     */
    public static List<String> paths(Class<?> api) {
        return java.util.Arrays.stream(api.getMethods()).filter(method -> method.isAnnotationPresent(POST.class))
                .map(method -> "/" + path(api, method).replaceFirst("^/", "")).toList();
    }

    private static String path(Class<?> api, Method method) {
        String prefix = api.isAnnotationPresent(Path.class) ? api.getAnnotation(Path.class).value() : "";
        return prefix + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "SpecTwin[" + proxy.getClass().getInterfaces()[0].getSimpleName() + "]";
            };
        }
        Object body = requestBody(args);
        DanaCall call = calls.current();
        JsonNode request = mapper.valueToTree(body);
        // a valid request asks for a documented outcome (sandbox README): before any behaviour or replay
        JsonNode asked = call.operation().answerFormat() == AnswerFormat.OPEN_API
                ? request.path("request").path("body") : request;
        outcomes.decide(call.clientId(), call.operation().spec(), call.operation().operationId(), asked)
                .ifPresent(decision -> {
                    throw new ForcedOutcome(decision);
                });
        if (call.operation().isSnap()) {
            Rupiah.require(request);
        }
        String reference = call.operation().isSnap() ? request.path("partnerReferenceNo").textValue() : null;
        if (reference == null) {
            return serve(call, method, body);
        }
        // DANA's idempotency: the same partnerReferenceNo replays the first answer, or is refused if changed
        return idempotency.replayOrRun(call, reference, request, () -> serve(call, method, body));
    }

    private Object serve(DanaCall call, Method method, Object body) throws Throwable {
        for (Object handler : handlers) {
            Method behaviour = behaviour(handler, method.getName(), body);
            if (behaviour != null) {
                try {
                    return behaviour.invoke(handler, call, body);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        return exampleAnswer(call, body, method.getReturnType());
    }

    private static Object requestBody(Object[] args) {
        for (Object arg : args == null ? new Object[0] : args) {
            if (arg != null && arg.getClass().getName().startsWith(GENERATED)) {
                return arg;
            }
        }
        throw new IllegalStateException("operation without a request model");
    }

    private static Method behaviour(Object handler, String operation, Object body) {
        for (Method candidate : handler.getClass().getMethods()) {
            Class<?>[] params = candidate.getParameterTypes();
            if (candidate.getName().equals(operation) && params.length == 2 && params[0] == DanaCall.class
                    && params[1].isInstance(body)) {
                return candidate;
            }
        }
        return null;
    }

    private Object exampleAnswer(DanaCall call, Object body, Class<?> responseType) throws Exception {
        if (call.operation().isSnap()) {
            return answers.answer(call, body, responseType, Map.of());
        }
        ObjectNode answer = answers.example(call);
        ObjectNode value = (ObjectNode) answer.path("response");
        value.set("head", mapper.valueToTree(danaAnswers.head(call.operation(), call.requestHead())));
        ExampleAnswers.echo(mapper.valueToTree(body).path("request").path("body"), (ObjectNode) value.path("body"));
        Object envelope = mapper.treeToValue(answer, responseType);
        Object typedValue = responseType.getMethod("getResponse").invoke(envelope);
        // signed over the bytes the JSON provider writes: the same mapper serialises the same object
        responseType.getMethod("setSignature", String.class).invoke(envelope,
                danaAnswers.sign(mapper.writeValueAsBytes(typedValue)));
        return envelope;
    }

}
