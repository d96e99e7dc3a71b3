package dev.danakit.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.danakit.sandbox.generated.nicepay.model.NicepayResult;
import dev.danakit.sandbox.spec.DanaOperation;
import jakarta.ws.rs.WebApplicationException;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.validation.ConstraintViolationException;
import java.util.stream.Collectors;

/**
 * Every failure of a DANA operation becomes DANA's answer for that operation: the SNAP code with the
 * operation's own service code, a signed Open API result, or NICEPAY's {@code resultCd}/{@code resultMsg}.
 * Never a stack trace, never a 5xx for a client mistake.
 */
public final class DanaErrorMapper implements ExceptionMapper<Throwable> {

    /**
     * Bean Validation failures need their own mapper type: jersey-bean-validation's mapper for
     * ValidationException is closer to them than a mapper of Throwable.
     */
    public static final class Violations implements ExceptionMapper<ConstraintViolationException> {

        private final DanaErrorMapper mapper;

        public Violations(DanaErrorMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public Response toResponse(ConstraintViolationException error) {
            return mapper.toResponse(error);
        }
    }

    /** NICEPAY's code for a request it cannot take (the one server-stubs answers with too). */
    static final String INVALID_REQUEST = "9002";

    private final DanaResponses responses;

    // a Provider: the request context is request-scoped and not proxiable into this singleton
    @Context
    private Provider<ContainerRequestContext> request;

    @Context
    private ResourceInfo resource;

    public DanaErrorMapper(DanaResponses responses) {
        this.responses = responses;
    }

    @Override
    public Response toResponse(Throwable error) {
        DanaCall call = DanaCall.of(request.get());
        if (call == null) {
            return error instanceof WebApplicationException web ? web.getResponse()
                    : Response.serverError().build();
        }
        if (call.operation().style() == DanaOperation.Style.NICEPAY) {
            return nicepay(error);
        }
        if (error instanceof DanaRejection rejection) {
            return rejection.resultCode() != null
                    ? openApi(call, "F", rejection.resultCodeId(), rejection.resultCode(), rejection.getMessage())
                    : responses.snap(call.operation(), rejection.httpStatus(), rejection.caseCode(), rejection.getMessage());
        }
        if (error instanceof ConstraintViolationException violations) {
            FieldViolation first = FieldViolation.mostRelevant(violations, resource.getResourceMethod());
            if (call.operation().isSnap()) {
                return first.mandatory()
                        ? responses.snap(call.operation(), 400, "02", "Invalid Mandatory Field " + first.field())
                        : responses.snap(call.operation(), 400, "01", "Invalid Field Format " + first.field());
            }
            return openApi(call, "F", "00000004", "PARAM_ILLEGAL", "parameter illegal: " + first.field());
        }
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream().map(r -> r.getFieldName() == null ? "" : r.getFieldName())
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining("."));
            return call.operation().isSnap()
                    ? responses.snap(call.operation(), 400, "01", "Invalid Field Format " + field)
                    : openApi(call, "F", "00000004", "PARAM_ILLEGAL", "parameter illegal: " + field);
        }
        if (error instanceof JsonProcessingException || error instanceof WebApplicationException web
                && web.getResponse().getStatus() < 500) {
            return call.operation().isSnap()
                    ? responses.snap(call.operation(), 400, "00", "Bad Request")
                    : openApi(call, "F", "00000004", "PARAM_ILLEGAL", "parameter illegal");
        }
        return call.operation().isSnap()
                ? responses.snap(call.operation(), 500, "00", "General Error")
                : openApi(call, "U", "00000900", "SYSTEM_ERROR", "system error");
    }

    private Response nicepay(Throwable error) {
        if (error instanceof DanaRejection rejection) {
            return nicepayResult(rejection.httpStatus(), rejection.resultCode(), rejection.getMessage());
        }
        if (error instanceof ConstraintViolationException violations) {
            return nicepayResult(400, INVALID_REQUEST, "Invalid request "
                    + FieldViolation.mostRelevant(violations, resource.getResourceMethod()).field());
        }
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return nicepayResult(400, INVALID_REQUEST, "Invalid request " + mapping.getPath().stream()
                    .map(r -> r.getFieldName() == null ? "" : r.getFieldName())
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(".")));
        }
        if (error instanceof JsonProcessingException || error instanceof WebApplicationException web
                && web.getResponse().getStatus() < 500) {
            return nicepayResult(400, INVALID_REQUEST, "Invalid request");
        }
        return nicepayResult(500, "9999", "System error");
    }

    private static Response nicepayResult(int status, String resultCd, String resultMsg) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new NicepayResult().resultCd(resultCd).resultMsg(resultMsg)).build();
    }

    private Response openApi(DanaCall call, String status, String codeId, String code, String message) {
        return responses.openApiResult(call.operation(), call.requestHead(), status, codeId, code, message);
    }
}
