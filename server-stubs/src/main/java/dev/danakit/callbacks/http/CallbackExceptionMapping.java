package dev.danakit.callbacks.http;

import dev.danakit.callbacks.CallbackEndpoint;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusals;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Turns every exception raised while serving a callback into the sender's format: dana-protocol's
 * {@link Refusals} decides what it stands for and {@link DanaAnswers} writes the answer, as for the sandbox.
 * Requests to other paths are not mapped here ({@link #isMappable}), so they keep the application's own mappers.
 *
 * @param <E> the mapped exception type (one subclass per type, so these win over Jersey's own mappers)
 */
public abstract class CallbackExceptionMapping<E extends Throwable> implements ExtendedExceptionMapper<E> {

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
        return AnswerResponses.of(answers.refusal(callback.operation(), rejectionFor(exception),
                rawBody instanceof byte[] b ? b : null));
    }

    /**
     * @param e any exception thrown while serving a callback
     * @return the refusal it stands for
     */
    static Refusal rejectionFor(Throwable e) {
        int status = e instanceof WebApplicationException wae ? wae.getResponse().getStatus() : 0;
        return Refusals.of(e, status, AnswerResponses.HEADERS);
    }
}
