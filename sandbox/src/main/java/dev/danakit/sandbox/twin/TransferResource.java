package dev.danakit.sandbox.twin;

import static dev.danakit.sandbox.http.SandboxErrors.error;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * {@code POST /sandbox/transfers/status}: the sandbox's own endpoint (not DANA's) that plays what happens to a
 * top-up or transfer to bank after DANA accepted it (the bank rejects it, it stays pending...): the transfer moves
 * to a status, which its status inquiry then answers, and its history is returned.
 *
 * @param transfers the sandbox's transfers
 */
@Path("/sandbox/transfers")
public record TransferResource(Transfers transfers) {

    /**
     * Body of {@code POST /sandbox/transfers/status}.
     *
     * @param clientId the merchant
     * @param kind {@code TOPUP} or {@code BANK}
     * @param partnerReferenceNo the merchant's reference of the transfer
     * @param status one of {@code SUCCESS INIT PAYING PENDING REFUNDED CANCELLED FAILED}
     */
    public record StatusChangeRequest(String clientId, String kind, String partnerReferenceNo, String status) {
    }

    /**
     * @param change which transfer and its new status
     * @return 200 {@code {"referenceNo","history"}}, 404 for an unknown transfer, 400 naming a bad kind or status
     */
    @POST
    @Path("status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response move(StatusChangeRequest change) {
        Transfers.Kind kind;
        Orders.Status status;
        try {
            kind = Transfers.Kind.valueOf(String.valueOf(change == null ? null : change.kind()));
            status = Orders.Status.valueOf(String.valueOf(change.status()));
        } catch (IllegalArgumentException e) {
            return error(400,
                    "kind is TOPUP or BANK; status one of SUCCESS INIT PAYING PENDING REFUNDED CANCELLED FAILED");
        }
        return transfers.find(change.clientId(), kind, change.partnerReferenceNo(), null)
                .map(transfer -> {
                    transfers.move(transfer, status);
                    return Response.ok(Map.of("referenceNo", transfer.referenceNo(), "history", transfer.history()))
                            .build();
                })
                .orElseGet(() -> error(404, "no such transfer for this clientId"));
    }
}
