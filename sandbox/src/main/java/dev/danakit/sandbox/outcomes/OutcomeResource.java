package dev.danakit.sandbox.outcomes;

import static dev.danakit.sandbox.http.SandboxErrors.error;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /sandbox/outcomes}: the sandbox's own endpoint (not DANA's) that arms a documented outcome for the next
 * call(s) of an operation, and lists every outcome with the inputs that ask for it (the sandbox README's table).
 */
@Path("/sandbox/outcomes")
public final class OutcomeResource {

    /**
     * Body of {@code POST /sandbox/outcomes}.
     *
     * @param clientId the merchant whose calls answer the code; absent: whichever merchant calls next
     * @param spec the operation's spec file, e.g. {@code widget.yaml}
     * @param operationId the operation, e.g. {@code applyToken}
     * @param code one of the operation's codes in {@code dana/response-codes.yaml}
     * @param times how many calls answer it (1 to 100, default 1)
     */
    public record Arming(String clientId, String spec, String operationId, String code, Integer times) {
    }

    private final OutcomeRules rules;
    private final List<OutcomeTable.Row> table;

    /**
     * @param rules the sandbox's outcome rules
     * @param loader where the specs are (to list the inputs of each operation)
     * @param servedPaths the paths of the operations the sandbox serves
     */
    public OutcomeResource(OutcomeRules rules, ClassLoader loader, Set<String> servedPaths) {
        this.rules = rules;
        this.table = OutcomeTable.rows(rules, loader, servedPaths);
    }

    /**
     * @param arming what to answer, to whom, how many times
     * @return 201 with what was armed, or 400 naming the problem (with the operation's codes)
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response arm(Arming arming) {
        if (arming == null || blank(arming.spec()) || blank(arming.operationId()) || blank(arming.code())) {
            return error(400, "spec, operationId and code are required");
        }
        String clientId = blank(arming.clientId()) ? OutcomeRules.ANY_MERCHANT : arming.clientId();
        int times = arming.times() == null ? 1 : arming.times();
        try {
            rules.arm(clientId, arming.spec(), arming.operationId(), arming.code(), times);
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
        return Response.status(Response.Status.CREATED).entity(Map.of("clientId", clientId, "spec", arming.spec(),
                "operationId", arming.operationId(), "code", arming.code(), "times", times)).build();
    }

    /** @return every documented outcome and the inputs that ask for it */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<OutcomeTable.Row> table() {
        return table;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
