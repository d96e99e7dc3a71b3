package dev.danakit.sandbox.admin;

import static dev.danakit.sandbox.http.SandboxErrors.error;

import dev.danakit.sandbox.keys.DanaKeyPair;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.sandbox.twin.CallbackDelivery;
import dev.danakit.sandbox.twin.CustomerTokens;
import dev.danakit.sandbox.twin.FinishNotifier;
import dev.danakit.sandbox.twin.NicepayTokens;
import dev.danakit.sandbox.twin.Orders;
import dev.danakit.sandbox.twin.UnbindNotifier;
import dev.danakit.signing.keys.KeyFormatException;
import dev.danakit.signing.keys.PemKeys;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sandbox's own endpoints (not DANA's): DANA's public key, merchant registration, and the customer
 * actions that happen inside the DANA app (approving a binding, unbinding).
 *
 * @param keys DANA's key pair
 * @param merchants the registered merchants
 * @param tokens the customers' tokens
 * @param unbindNotifier sends Unbind Notify
 * @param delivery the callback deliveries and their log
 * @param orders the orders
 * @param finishNotifier sends Finish Notify
 * @param nicepayTokens NICEPAY's Payloan user tokens
 */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
public record SandboxAdminResource(DanaKeyPair keys, MerchantRegistry merchants, CustomerTokens tokens,
                                   UnbindNotifier unbindNotifier, CallbackDelivery delivery, Orders orders,
                                   FinishNotifier finishNotifier, NicepayTokens nicepayTokens) {

    /** Body of {@code POST /sandbox/merchants}; the NICEPAY pair is optional (both or neither). */
    public record MerchantRegistration(String clientId, String merchantId, String publicKeyPem,
                                       String unbindNotifyUrl, String finishNotifyUrl,
                                       String nicepayIMid, String nicepayMerchantKey, String transferBankNotifyUrl) {

        /** Without a Transfer to Bank Notify URL. */
        public MerchantRegistration(String clientId, String merchantId, String publicKeyPem, String unbindNotifyUrl,
                String finishNotifyUrl, String nicepayIMid, String nicepayMerchantKey) {
            this(clientId, merchantId, publicKeyPem, unbindNotifyUrl, finishNotifyUrl, nicepayIMid, nicepayMerchantKey,
                    null);
        }
    }

    /** Body of {@code POST /sandbox/nicepay/tokens}; without {@code userToken} a random one is issued. */
    public record NicepayTokenIssue(String iMid, String userToken) {
    }

    /** Body of {@code POST /sandbox/customers}. */
    public record CustomerBinding(String clientId, String customerId) {
    }

    /** Body of {@code POST /sandbox/orders/pay}. */
    public record OrderPayment(String clientId, String partnerReferenceNo) {
    }

    /** Body of {@code POST /sandbox/customers/unbind}. */
    public record CustomerUnbinding(String accessToken) {
    }

    /** @return DANA's public key (PEM); merchants verify the sandbox's responses and notifications with it */
    @GET
    @Path("dana-public-key.pem")
    @Produces("application/x-pem-file")
    public String danaPublicKey() {
        return keys.publicKeyPem();
    }

    /**
     * Registers (or replaces) a merchant: its public key and its callback URLs.
     *
     * @param registration client id, optional merchant id, public key PEM, callback URLs
     * @return 201, or 400 naming the problem
     */
    @POST
    @Path("merchants")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerMerchant(MerchantRegistration registration) {
        if (registration == null || blank(registration.clientId()) || blank(registration.publicKeyPem())) {
            return error(400, "clientId and publicKeyPem are required");
        }
        if (blank(registration.nicepayIMid()) != blank(registration.nicepayMerchantKey())) {
            return error(400, "nicepayIMid and nicepayMerchantKey go together");
        }
        if (!blank(registration.nicepayIMid()) && registration.nicepayIMid().length() > 10) {
            return error(400, "nicepayIMid is at most 10 characters");
        }
        try {
            merchants.register(new Merchant(registration.clientId(), registration.merchantId(),
                    PemKeys.publicKey(registration.publicKeyPem()), uri(registration.unbindNotifyUrl()),
                    uri(registration.finishNotifyUrl()), blankToNull(registration.nicepayIMid()),
                    blankToNull(registration.nicepayMerchantKey()), uri(registration.transferBankNotifyUrl())));
        } catch (KeyFormatException e) {
            return error(400, "publicKeyPem: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return error(400, "callback URLs must be absolute http(s) URLs");
        }
        return Response.status(Response.Status.CREATED).entity(Map.of("clientId", registration.clientId())).build();
    }

    /**
     * Plays a customer approving the binding on DANA's page: returns the one-time authorization code that
     * DANA would append to the merchant's redirect URL; the merchant exchanges it with Apply Token.
     *
     * @param binding the merchant's client id and an optional customer id
     * @return {@code {"customerId", "authCode"}}
     */
    @POST
    @Path("customers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bindCustomer(CustomerBinding binding) {
        if (binding == null || merchants.find(binding.clientId()).isEmpty()) {
            return error(400, "clientId must be a registered merchant");
        }
        String customerId = blank(binding.customerId()) ? UUID.randomUUID().toString() : binding.customerId();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("customerId", customerId);
        body.put("authCode", tokens.newAuthCode(binding.clientId(), customerId));
        return Response.ok(body).build();
    }

    /**
     * Plays a customer unbinding the merchant in the DANA app: revokes the token and sends Unbind Notify.
     *
     * @param unbinding the access token to revoke
     * @return 202 with whether a notification was queued, or 404 for an unknown or already revoked token
     */
    @POST
    @Path("customers/unbind")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response unbindCustomer(CustomerUnbinding unbinding) {
        return tokens.revoke(unbinding == null ? null : unbinding.accessToken())
                .map(grant -> Response.accepted(Map.of("notified",
                        unbindNotifier.notify(merchants.find(grant.clientId()).orElse(null),
                                List.of(grant.accessToken())))).build())
                .orElseGet(() -> error(404, "no live binding with this token"));
    }

    /**
     * Plays the customer paying an order on DANA's page: the order becomes SUCCESS and the merchant gets a
     * signed Finish Notify.
     *
     * @param payment the merchant's client id and the order's partnerReferenceNo
     * @return 200 with whether a notification was queued; 404 unknown order; 409 order not awaiting payment
     */
    @POST
    @Path("orders/pay")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response payOrder(OrderPayment payment) {
        Orders.Order order = payment == null ? null
                : orders.find(payment.clientId(), payment.partnerReferenceNo(), null).orElse(null);
        if (order == null) {
            return error(404, "no such order for this clientId");
        }
        if (!orders.pay(order)) {
            return error(409, "order is " + order.status());
        }
        return Response.ok(Map.of("status", order.status().name(),
                "notified", finishNotifier.notify(merchants.find(payment.clientId()).orElse(null), order))).build();
    }

    /**
     * Plays a customer binding a Payloan account through NICEPAY: the merchant's {@code iMid} gets an active
     * user token, which remove-token can then deactivate.
     *
     * @param issue the merchant's iMid and an optional token (at most 50 characters)
     * @return 201 {@code {"userToken"}}, or 400 for an iMid no merchant is registered with
     */
    @POST
    @Path("nicepay/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response issueNicepayToken(NicepayTokenIssue issue) {
        if (issue == null || merchants.findByNicepayIMid(issue.iMid()).isEmpty()) {
            return error(400, "iMid must be the nicepayIMid of a registered merchant");
        }
        if (issue.userToken() != null && issue.userToken().length() > 50) {
            return error(400, "userToken is at most 50 characters");
        }
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("userToken", nicepayTokens.issue(issue.iMid(), issue.userToken()))).build();
    }

    /** @return every callback delivery attempt so far */
    @GET
    @Path("notifications")
    public List<CallbackDelivery.Attempt> notifications() {
        return delivery.log();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s;
    }

    private static URI uri(String s) {
        if (blank(s)) {
            return null;
        }
        URI uri = URI.create(s);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not http(s)");
        }
        return uri;
    }
}
