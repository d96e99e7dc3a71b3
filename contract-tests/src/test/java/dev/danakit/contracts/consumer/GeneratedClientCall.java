package dev.danakit.contracts.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.contracts.spec.GeneratedApis;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecOperation;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Locale;
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
     * Calls the operation.
     *
     * @param baseUrl where to send it
     * @param filter the signing filter to register on the generated client's Jersey client
     * @param requestBody the request body as JSON, bound to the generated model before the call
     * @return the generated response model
     * @throws Throwable what the generated client throws (e.g. its ApiException for a non-2xx answer)
     */
    public Object invoke(String baseUrl, ClientRequestFilter filter, JsonNode requestBody) throws Throwable {
        Object apiClient = Class.forName(invokerPackage() + ".ApiClient").getConstructor().newInstance();
        apiClient.getClass().getMethod("setBasePath", String.class).invoke(apiClient, baseUrl);
        ((Client) apiClient.getClass().getMethod("getHttpClient").invoke(apiClient)).register(filter);
        Object api = method.getDeclaringClass().getConstructor(apiClient.getClass()).newInstance(apiClient);
        ObjectMapper mapper = mapper();
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        Object[] args = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            java.lang.reflect.Parameter p = parameters[i];
            if (p.getType() == String.class) {
                args[i] = operation.headers().stream().filter(h -> normalized(h.getName()).equals(normalized(p.getName())))
                        .findFirst().map(SpecMatchers::headerExample).orElse(null);
            } else {
                args[i] = mapper.treeToValue(requestBody, p.getType());
            }
        }
        try {
            return method.invoke(api, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private String invokerPackage() {
        return method.getDeclaringClass().getPackageName().replaceFirst("\\.api$", ".invoker");
    }

    private static String normalized(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
