package dev.danakit.callbacks.http;

import dev.danakit.callbacks.CallbackEndpoint;
import dev.danakit.callbacks.CallbackMount;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Configuration;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Puts every {@link CallbackMount} into Jersey's resource model at the path the merchant chose, served by the
 * kit's verified resource (the {@code @Path} of the generated interface is only the default).
 *
 * <p>It also refuses to start an application in which a resource implementing a generated callback interface
 * was registered around the kit: such a resource would receive callbacks that nobody verified.
 */
public final class CallbackResources implements ModelProcessor {

    private static final String GENERATED_PREFIX = "dev.danakit.server.";

    private final List<CallbackMount> mounts;
    private final Map<Object, CallbackEndpoint> resources;

    /** @param mounts the callbacks and their paths */
    public CallbackResources(List<CallbackMount> mounts) {
        this.mounts = List.copyOf(mounts);
        Map<Object, CallbackEndpoint> served = new IdentityHashMap<>();
        mounts.forEach(m -> served.put(m.resource(), m.endpoint()));
        this.resources = Collections.unmodifiableMap(served);
    }

    /** @return the kit's resource instances (the only ones allowed to serve a callback), by identity */
    public Map<Object, CallbackEndpoint> resources() {
        return resources;
    }

    @Override
    public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
        for (Resource root : model.getRootResources()) {
            rejectUnverified(root);
        }
        ResourceModel.Builder builder = new ResourceModel.Builder(model.getRootResources(), false);
        mounts.forEach(mount -> builder.addResource(resourceOf(mount)));
        return builder.build();
    }

    @Override
    public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
        return model;
    }

    private void rejectUnverified(Resource root) {
        for (Class<?> type : root.getHandlerClasses()) {
            Class<?> callback = generatedCallbackInterface(type);
            if (callback != null) {
                throw new IllegalStateException(type.getName() + " implements " + callback.getSimpleName()
                        + " but was registered outside DanaCallbacks: register it through DanaCallbacks.builder() "
                        + "so its callbacks are verified");
            }
        }
    }

    /** The generated callback interfaces live in {@code dev.danakit.server.<spec>.api}. */
    private static Class<?> generatedCallbackInterface(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                String pkg = i.getPackageName();
                if (pkg.startsWith(GENERATED_PREFIX) && pkg.endsWith(".api")) {
                    return i;
                }
            }
        }
        return null;
    }

    private static Resource resourceOf(CallbackMount mount) {
        Resource.Builder resource = Resource.builder(mount.path());
        for (Method method : mount.generatedInterface().getMethods()) {
            String httpMethod = httpMethodOf(method);
            if (httpMethod != null) {
                resource.addMethod(httpMethod).handledBy(mount.resource(), method)
                        .consumes(consumes(method)).produces(produces(method));
            }
        }
        return resource.build();
    }

    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String[] consumes(Method method) {
        jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
        return consumes == null ? new String[] {"application/json"} : consumes.value();
    }

    private static String[] produces(Method method) {
        jakarta.ws.rs.Produces produces = method.getAnnotation(jakarta.ws.rs.Produces.class);
        return produces == null ? new String[] {"application/json"} : produces.value();
    }
}
