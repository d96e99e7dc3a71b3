package dev.danakit.callbacks.http;

import dev.danakit.callbacks.CallbackMount;
import dev.danakit.callbacks.binding.TolerantBinder;
import dev.danakit.callbacks.delivery.CallbackDelivery;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Configuration;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Objects;
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
    private final TolerantBinder binder;
    private final ExecutableValidator validator;

    /**
     * @param mounts the callbacks and their paths; each resource is a {@link CallbackDelivery}
     * @param binder binds verified bodies
     * @param validator validates headers and models against the generated constraints
     */
    public CallbackResources(List<CallbackMount> mounts, TolerantBinder binder, ExecutableValidator validator) {
        this.mounts = List.copyOf(mounts);
        this.binder = Objects.requireNonNull(binder, "binder");
        this.validator = Objects.requireNonNull(validator, "validator");
        for (CallbackMount mount : mounts) {
            if (!(mount.resource() instanceof CallbackDelivery<?>)) {
                throw new IllegalArgumentException(mount.resource().getClass().getName() + " is no CallbackDelivery");
            }
        }
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

    private Resource resourceOf(CallbackMount mount) {
        Resource.Builder resource = Resource.builder(mount.path());
        for (Method method : mount.generatedInterface().getMethods()) {
            String httpMethod = httpMethodOf(method);
            if (httpMethod != null) {
                // an inflector, not the interface method: the body was verified and is bound once, here
                resource.addMethod(httpMethod).handledBy(new CallbackInvocation(mount, method, binder, validator))
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
