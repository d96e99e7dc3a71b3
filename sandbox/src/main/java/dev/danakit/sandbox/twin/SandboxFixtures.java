package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Puts DANA-side state in place directly, with the exact values a contract or a demo script uses:
 * a customer token that DANA issued earlier, an authorization code, an order the customer already paid, a
 * NICEPAY Payloan user token.
 *
 * @param tokens the customers' tokens and authorization codes
 * @param orders the orders
 * @param nicepayTokens NICEPAY's Payloan user tokens
 */
public record SandboxFixtures(CustomerTokens tokens, Orders orders, NicepayTokens nicepayTokens) {

    /**
     * @param iMid the merchant's NICEPAY id
     * @param userToken a Payloan user token to make active
     */
    public void nicepayUserToken(String iMid, String userToken) {
        nicepayTokens.issue(iMid, userToken);
    }

    /**
     * @param iMid the merchant's NICEPAY id
     * @param userToken a Payloan user token to make inactive (or leave unknown)
     */
    public void nicepayUserTokenInactive(String iMid, String userToken) {
        nicepayTokens.deactivate(iMid, userToken);
    }

    /**
     * @param clientId the merchant
     * @param accessToken the access token value
     * @param refreshToken the refresh token value
     */
    public void customerTokens(String clientId, String accessToken, String refreshToken) {
        tokens.issue(clientId, "fixture-customer", accessToken, refreshToken);
    }

    /**
     * @param clientId the merchant
     * @param authCode the authorization code value
     */
    public void authCode(String clientId, String authCode) {
        tokens.newAuthCode(clientId, "fixture-customer", authCode);
    }

    /**
     * An order paid in full; it replaces any order of the merchant with this reference.
     *
     * @param clientId the merchant
     * @param partnerReferenceNo the merchant's reference
     * @param merchantId the merchant id
     * @param value the amount, e.g. {@code 10000.00} (IDR)
     */
    public void paidOrder(String clientId, String partnerReferenceNo, String merchantId, String value) {
        ObjectNode amount = JsonNodeFactory.instance.objectNode().put("value", value).put("currency", "IDR");
        orders.pay(orders.create(clientId, partnerReferenceNo, merchantId, amount));
    }
}
