package dev.danakit.sandbox.http;

import dev.danakit.protocol.answers.DanaAnswer;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.refusals.ParameterNames;
import dev.danakit.protocol.refusals.Refusals;
import dev.danakit.sandbox.outcomes.ForcedOutcome;
import dev.danakit.sandbox.outcomes.OutcomeCatalogue;
import jakarta.inject.Provider;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Every failure of a DANA operation becomes DANA's answer for that operation, through dana-protocol as in the
 * merchant's callback stubs: {@link Refusals} decides what it stands for, {@link DanaAnswers} writes the SNAP code
 * with the operation's own service code, the signed Open API result or NICEPAY's {@code resultCd}/{@code resultMsg}.
 * Never a stack trace, never a 5xx for a client mistake.
 */
public final class DanaErrorMapper implements ExceptionMapper<Throwable> {

    /**
     * Bean Validation failures need their own mapper type: jersey-bean-validation's mapper for
     * ValidationException is closer to them than a mapper of Throwable.
     */
    public static final class Violations implements ExceptionMapper<ConstraintViolationException> {

        private final DanaErrorMapper mapper;

        /** @param mapper the mapper that answers */
        public Violations(DanaErrorMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public Response toResponse(ConstraintViolationException error) {
            return mapper.toResponse(error);
        }
    }

    /** Violations of header parameters are named by the generated interface's {@code @HeaderParam}. */
    static final ParameterNames HEADERS = p -> p.isAnnotationPresent(HeaderParam.class)
            ? p.getAnnotation(HeaderParam.class).value() : null;

    private final DanaAnswers answers;

    // a Provider: the request context is request-scoped and not proxiable into this singleton
    @Context
    private Provider<ContainerRequestContext> request;

    /** @param answers writes the answers */
    public DanaErrorMapper(DanaAnswers answers) {
        this.answers = answers;
    }

    @Override
    public Response toResponse(Throwable error) {
        DanaCall call = DanaCall.of(request.get());
        int status = error instanceof WebApplicationException web ? web.getResponse().getStatus() : 0;
        if (call == null) {
            return error instanceof WebApplicationException web ? web.getResponse() : Response.serverError().build();
        }
        if (error instanceof ForcedOutcome forced) {
            return response(forced(call, forced.decision().code()));
        }
        return response(answers.refusal(call.operation(), Refusals.of(error, status, HEADERS), call.requestHead()));
    }

    /** A documented outcome asked for by the request, answered as the catalogue lists it. */
    private DanaAnswer forced(DanaCall call, OutcomeCatalogue.Code code) {
        return switch (call.operation().answerFormat()) {
            case SNAP -> answers.snap(call.operation(), code.httpStatus(), code.caseCode(), code.message());
            case OPEN_API -> answers.openApiResult(call.operation(), answers.head(call.operation(), call.requestHead()),
                    code.resultStatus(), code.resultCodeId(), code.code(), code.message());
            case NICEPAY -> answers.nicepay(code.httpStatus(), code.code(), code.message());
        };
    }

    /**
     * @param answer an answer of dana-protocol
     * @return it as a JAX-RS response (Content-Type {@value DanaAnswer#CONTENT_TYPE})
     */
    static Response response(DanaAnswer answer) {
        Response.ResponseBuilder built = Response.status(answer.status()).entity(answer.body());
        answer.headers().forEach(built::header);
        return built.type(DanaAnswer.CONTENT_TYPE).build();
    }
}
