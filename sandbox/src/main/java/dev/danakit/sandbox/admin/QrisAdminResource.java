package dev.danakit.sandbox.admin;

import static dev.danakit.sandbox.http.SandboxErrors.error;

import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.sandbox.qris.CustomerCodes;
import dev.danakit.sandbox.qris.QrisPayload;
import dev.danakit.sandbox.twin.Orders;
import dev.danakit.sandbox.twin.QrisFinishNotifier;
import dev.danakit.sandbox.twin.QrisOrders;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * What customers do with QRIS in the sandbox (not DANA's API): pay a dynamic QRIS by scanning its payload, and
 * show a payment code for QRIS CPM.
 *
 * @param qris the dynamic QRIS the sandbox generated
 * @param orders the orders they pay
 * @param codes the customers' payment codes for QRIS CPM
 * @param merchants the registered merchants
 * @param notifier sends the QRIS-shaped Finish Notify
 * @param clock tells whether a QRIS expired
 */
@Path("/sandbox/qris")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public record QrisAdminResource(QrisOrders qris, Orders orders, CustomerCodes codes, MerchantRegistry merchants,
                                QrisFinishNotifier notifier, Clock clock) {

    /** Body of {@code POST /sandbox/qris/pay}: the payload the customer's app scanned. */
    public record QrisScan(String qrContent) {
    }

    /** Body of {@code POST /sandbox/qris/customer-codes}; defaults: 1,000,000.00 IDR, valid 60 seconds. */
    public record CodeRequest(String balance, Long validSeconds) {
    }

    /**
     * Plays a customer paying a dynamic QRIS: the order becomes SUCCESS and the merchant gets a signed, QRIS-shaped
     * Finish Notify at its registered URL.
     *
     * @param scan the scanned payload
     * @return 200 {@code {"status","notified","originalReferenceNo"}}; 400 not a QRIS payload (bad TLVs or CRC);
     *     404 no QRIS of this sandbox; 409 already paid, cancelled or expired
     */
    @POST
    @Path("pay")
    public Response pay(QrisScan scan) {
        String content = scan == null ? null : scan.qrContent();
        if (content == null || !validPayload(content)) {
            return error(400, "qrContent is not a QRIS payload (TLVs or CRC)");
        }
        QrisOrders.QrisOrder found = qris.byContent(content).orElse(null);
        if (found == null) {
            return error(404, "no QRIS of this sandbox has this payload");
        }
        if (!clock.instant().isBefore(found.validUntil())) {
            return error(409, "QRIS expired");
        }
        if (!orders.pay(found.order())) {
            return error(409, "order is " + found.order().status());
        }
        return Response.ok(Map.of("status", found.order().status().name(),
                "notified", notifier.notify(merchants.find(found.clientId()).orElse(null), found))).build();
    }

    /**
     * Plays a customer opening "Pay" in the DANA app: a payment code the merchant scans for QRIS CPM.
     *
     * @param request the customer's balance and how long the code lives
     * @return 201 {@code {"qrContent"}}, or 400 for a malformed balance or validity
     */
    @POST
    @Path("customer-codes")
    public Response customerCode(CodeRequest request) {
        BigDecimal balance;
        try {
            balance = new BigDecimal(request == null || request.balance() == null ? "1000000.00" : request.balance());
        } catch (NumberFormatException e) {
            return error(400, "balance must be a decimal amount, e.g. 50000.00");
        }
        long seconds = request == null || request.validSeconds() == null ? 60 : request.validSeconds();
        if (balance.signum() < 0 || seconds <= 0 || seconds > 86_400) {
            return error(400, "balance must not be negative; validSeconds is 1 to 86400");
        }
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("qrContent", codes.issue(balance, Duration.ofSeconds(seconds)))).build();
    }

    private static boolean validPayload(String content) {
        try {
            return QrisPayload.crcValid(content) && QrisPayload.parse(content).containsKey("63");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
