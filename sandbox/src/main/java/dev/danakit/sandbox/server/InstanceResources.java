package dev.danakit.sandbox.server;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * A resource model for an already built resource object. Registering such an object with
 * {@code ResourceConfig.register(Object)} works, but Jersey also examines it as a provider and warns at every
 * start that it "will be ignored" (as a provider); a model handled by the instance is only a resource.
 */
public final class InstanceResources {

    private InstanceResources() {
    }

    /**
     * @param instance an object of a {@code @Path} class whose methods carry JAX-RS annotations
     * @return its resource, each method handled by {@code instance}
     */
    public static Resource of(Object instance) {
        Class<?> type = instance.getClass();
        Path path = type.getAnnotation(Path.class);
        if (path == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Path");
        }
        Resource.Builder root = Resource.builder(path.value());
        Map<String, Resource.Builder> children = new LinkedHashMap<>();
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Resource.Builder target = method.isAnnotationPresent(Path.class)
                    ? children.computeIfAbsent(method.getAnnotation(Path.class).value(), root::addChildResource)
                    : root;
            ResourceMethod.Builder built = target.addMethod(httpMethod).handledBy(instance, method);
            if (method.isAnnotationPresent(Consumes.class)) {
                built.consumes(method.getAnnotation(Consumes.class).value());
            }
            if (method.isAnnotationPresent(Produces.class)) {
                built.produces(method.getAnnotation(Produces.class).value());
            }
        }
        return root.build();
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
