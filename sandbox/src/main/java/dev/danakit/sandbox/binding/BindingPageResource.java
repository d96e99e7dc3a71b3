package dev.danakit.sandbox.binding;

import static dev.danakit.sandbox.http.SandboxErrors.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.sandbox.twin.CustomerTokens;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;

/**
 * DANA's account-binding pages as the merchant sees their contract: Get OAuth 2.0 URL ({@code GET
 * /v1.0/get-auth-code}) and the bindSnap deeplink ({@code GET /bindSnap}). The sandbox's customer agrees at once:
 * the answer is {@code 302} to {@code redirectUrl} with {@code authCode} and {@code state} added, and Apply Token
 * then exchanges that authCode. A seamlessData with a seamlessSign that does not verify with the merchant's key,
 * an unknown partnerId or a missing redirectUrl gets {@code 400} and no code.
 *
 * @param merchants the registered merchants, whose keys verify seamlessSign
 * @param tokens issues the authorization codes
 */
@Path("/")
public record BindingPageResource(MerchantRegistry merchants, CustomerTokens tokens) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Get OAuth 2.0 URL and Deeplink Binding (the DANA app's agreement page): one contract.
     *
     * @return 302 to the merchant's redirectUrl, or 400 naming the problem
     */
    @GET
    @Path("{page: v1\\.0/get-auth-code|bindSnap}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response agree(@QueryParam("partnerId") String partnerId, @QueryParam("redirectUrl") String redirectUrl,
                          @QueryParam("state") String state, @QueryParam("scopes") String scopes,
                          @QueryParam("seamlessData") String seamlessData,
                          @QueryParam("seamlessSign") String seamlessSign) {
        Merchant merchant = partnerId == null ? null : merchants.find(partnerId).orElse(null);
        if (merchant == null) {
            return error(400, "partnerId must be a registered merchant");
        }
        URI redirect;
        try {
            redirect = redirectUrl == null ? null : URI.create(redirectUrl);
        } catch (IllegalArgumentException e) {
            redirect = null;
        }
        if (redirect == null || !redirect.isAbsolute()) {
            return error(400, "redirectUrl must be an absolute URL");
        }
        if (scopes == null || scopes.isBlank()) {
            return error(400, "scopes is required");
        }
        String customerId = UUID.randomUUID().toString();
        if (seamlessData != null) {
            if (seamlessSign == null || !verifies(merchant, seamlessData, seamlessSign)) {
                return error(400, "seamlessSign does not verify over seamlessData with the merchant's key");
            }
            JsonNode data = parse(seamlessData);
            if (data == null) {
                return error(400, "seamlessData is not a JSON object");
            }
            // the customer logs in with the number the merchant gave
            String mobile = data.path("mobile").asText(data.path("mobileNumber").asText(""));
            if (!mobile.isEmpty()) {
                customerId = "mobile-" + mobile;
            }
        }
        String code = tokens.newAuthCode(merchant.clientId(), customerId);
        String query = "authCode=" + encode(code) + (state == null ? "" : "&state=" + encode(state));
        String target = redirectUrl + (redirect.getRawQuery() == null ? "?" : "&") + query;
        return Response.status(Response.Status.FOUND).location(URI.create(target)).build();
    }

    private static boolean verifies(Merchant merchant, String seamlessData, String seamlessSign) {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(merchant.publicKey());
            rsa.update(seamlessData.getBytes(StandardCharsets.UTF_8));
            return rsa.verify(Base64.getDecoder().decode(seamlessSign));
        } catch (IllegalArgumentException | java.security.GeneralSecurityException e) {
            return false;
        }
    }

    private static JsonNode parse(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
