package dev.danakit.contracts.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.contracts.spec.GeneratedApis;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecOperation;
import io.swagger.v3.oas.models.parameters.Parameter;
import dev.danakit.client.DanaClient;
import dev.danakit.client.ProductClient;
import dev.danakit.client.outcome.Outcome;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * Calls one operation through the generated Jersey client, with arguments taken from the spec's examples,
 * so one piece of code drives every operation the generator knows.
 *
 * @param operation the operation
 * @param method the generated API method
 */
public record GeneratedClientCall(SpecOperation operation, Method method) {

    /**
     * @param operation a DANA-side operation
     * @return the call, if the generated client has a method for it
     */
    public static Optional<GeneratedClientCall> of(SpecOperation operation) {
        return GeneratedApis.CLIENT.method(operation).map(m -> new GeneratedClientCall(operation, m));
    }

    /** @return the generated client's own ObjectMapper (the one that serialises requests) */
    public ObjectMapper mapper() {
        try {
            Object json = Class.forName(invokerPackage() + ".JSON").getConstructor().newInstance();
            return (ObjectMapper) json.getClass().getMethod("getMapper").invoke(json);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return true when the generated method takes this spec header as an argument */
    public boolean takesHeader(Parameter header) {
        for (java.lang.reflect.Parameter p : method.getParameters()) {
            if (normalized(p.getName()).equals(normalized(header.getName()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Calls the operation through the merchant's {@link DanaClient}: Bean Validation, signing and response
     * verification all on, exactly as a merchant runs it.
     *
     * @param dana the client
     * @param requestBody the request body as JSON, bound to the generated model before the call
     * @return the typed outcome
     */
    public Outcome<Object> invoke(DanaClient dana, JsonNode requestBody) {
        ObjectMapper mapper = mapper();
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            java.lang.reflect.Parameter p = parameters[i];
            if (p.getType() == String.class) {
                args[i] = operation.headers().stream().filter(h -> normalized(h.getName()).equals(normalized(p.getName())))
                        .findFirst().map(SpecMatchers::headerExample).orElse(null);
            } else {
                args[i] = bind(mapper, requestBody, p.getType());
            }
        }
        return productOf(dana).call(api -> call(api, args));
    }

    /**
     * Binds the example to the generated model. A oneOf model whose branches ignore unknown properties
     * matches more than one branch; it is then built from the branch whose properties cover the example.
     */
    private static Object bind(ObjectMapper mapper, JsonNode body, Class<?> type) {
        try {
            return mapper.convertValue(body, type);
        } catch (IllegalArgumentException ambiguous) {
            List<String> keys = new ArrayList<>();
            body.fieldNames().forEachRemaining(keys::add);
            for (java.lang.reflect.Constructor<?> c : type.getConstructors()) {
                if (c.getParameterCount() != 1 || c.getParameterTypes()[0].isPrimitive()) {
                    continue;
                }
                Class<?> branch = c.getParameterTypes()[0];
                Set<String> properties = mapper.getSerializationConfig().introspect(mapper.constructType(branch))
                        .findProperties().stream().map(d -> d.getName()).collect(Collectors.toSet());
                if (properties.containsAll(keys) && branchMatches(mapper, body, branch)) {
                    try {
                        return c.newInstance(mapper.convertValue(body, branch));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            throw ambiguous;
        }
    }

    /** A branch whose enum-like discriminator values reject the example does not match (e.g. grantType). */
    private static boolean branchMatches(ObjectMapper mapper, JsonNode body, Class<?> branch) {
        try {
            return mapper.valueToTree(mapper.convertValue(body, branch)).equals(body);
        } catch (IllegalArgumentException notThisBranch) {
            return false;
        }
    }

    private Object call(Object api, Object[] args) throws Exception {
        try {
            return method.invoke(api, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** The product entry point of {@link DanaClient} (widget(), nicepay(), ...) whose API declares the method. */
    @SuppressWarnings("unchecked")
    private ProductClient<Object> productOf(DanaClient dana) {
        for (Method entry : DanaClient.class.getMethods()) {
            if (entry.getReturnType() == ProductClient.class && entry.getParameterCount() == 0) {
                try {
                    ProductClient<Object> product = (ProductClient<Object>) entry.invoke(dana);
                    if (method.getDeclaringClass().isInstance(product.api())) {
                        return product;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("DanaClient has no entry point for " + method.getDeclaringClass().getSimpleName()
                + ": a product generated from the specs must be reachable from DanaClient");
    }

    private String invokerPackage() {
        return method.getDeclaringClass().getPackageName().replaceFirst("\\.api$", ".invoker");
    }

    private static String normalized(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
