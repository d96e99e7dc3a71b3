package dev.danakit.callbacks.http;

import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusal.Kind;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import dev.danakit.callbacks.CallbackEndpoint;
import java.util.Map;
import java.util.Objects;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * The second lock: after Jersey chose a resource method, a request routed to one of the kit's callback
 * resources must have been verified by {@link CallbackVerificationFilter} for that very path. A merchant's
 * pre-matching filter that rewrites the URI after verification ran cannot route a request around it.
 */
@Priority(Priorities.AUTHENTICATION)
public final class VerifiedOnlyFilter implements ContainerRequestFilter {

    private final Map<Object, CallbackEndpoint> callbackResources;
    private final DanaAnswers answers;

    /**
     * @param callbackResources the kit's resource instances (an identity map) and the callback each serves
     * @param answers renders refusals
     */
    public VerifiedOnlyFilter(Map<Object, CallbackEndpoint> callbackResources, DanaAnswers answers) {
        this.callbackResources = Objects.requireNonNull(callbackResources, "callbackResources");
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo info)) {
            return;
        }
        ResourceMethod method = info.getMatchedResourceMethod();
        Invocable invocable = method == null ? null : method.getInvocable();
        if (invocable == null || invocable.getHandler().isClassBased()) {
            return;
        }
        CallbackEndpoint callback = callbackResources.get(invocable.getHandler().getInstance(null));
        if (callback == null) {
            return;
        }
        Object verified = request.getProperty(RequestProperties.VERIFIED);
        if (!(verified instanceof String path) || !path.equals(request.getUriInfo().getRequestUri().getRawPath())) {
            request.setProperty(RequestProperties.ENDPOINT, callback);
            request.abortWith(AnswerResponses.of(answers.refusal(callback.operation(),
                    new Refusal(Kind.UNAUTHORIZED, "request was not verified at the path it was received on"),
                    (byte[]) null)));
        }
    }
}
