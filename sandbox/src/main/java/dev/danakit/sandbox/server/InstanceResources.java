package dev.danakit.sandbox.server;

import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * A resource model for an already built resource object. Registering such an object with
 * {@code ResourceConfig.register(Object)} works, but Jersey also examines it as a provider and warns at every
 * start that it "will be ignored" (as a provider); a model handled by the instance is only a resource. The model is
 * Jersey's own reading of the class's annotations (paths, methods, consumed and produced types), so the resource
 * answers exactly as the class declares.
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
        if (Resource.getPath(type) == null) {
            throw new IllegalArgumentException(type.getName() + " has no @Path");
        }
        return handledBy(instance, Resource.from(type));
    }

    private static Resource handledBy(Object instance, Resource resource) {
        Resource.Builder builder = Resource.builder(resource);
        for (ResourceMethod method : resource.getResourceMethods()) {
            builder.updateMethod(method).handledBy(instance, method.getInvocable().getHandlingMethod());
        }
        for (Resource child : resource.getChildResources()) {
            builder.replaceChildResource(child, handledBy(instance, child));
        }
        return builder.build();
    }
}
