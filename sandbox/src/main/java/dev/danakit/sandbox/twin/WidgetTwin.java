package dev.danakit.sandbox.twin;

import dev.danakit.sandbox.generated.widget.api.WidgetApi;
import dev.danakit.sandbox.generated.widget.model.ApplyOttRequest;
import dev.danakit.sandbox.generated.widget.model.ApplyOttResponse;
import dev.danakit.sandbox.generated.widget.model.UserResource;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.http.DanaRejection;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import java.util.List;

/** DANA's widget operations over the in-memory customer tokens. */
public final class WidgetTwin implements WidgetApi {

    private static final String BEARER = "Bearer ";

    private final CustomerTokens tokens;

    // a Provider: the request context is request-scoped and not proxiable into this singleton
    @Context
    private Provider<ContainerRequestContext> request;

    public WidgetTwin(CustomerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public ApplyOttResponse applyOtt(String xTimestamp, String xSignature, String xPartnerId, String xExternalId,
                                     String channelId, String authorizationCustomer, String xDeviceId,
                                     ApplyOttRequest body, String origin, String xIpAddress, String xLatitude,
                                     String xLongitude) {
        String token = authorizationCustomer.startsWith(BEARER)
                ? authorizationCustomer.substring(BEARER.length()) : authorizationCustomer;
        requireUsable(xPartnerId, token);
        if (!token.equals(body.getAdditionalInfo().getAccessToken())) {
            throw DanaRejection.snap(401, "02", "Invalid Customer Token");
        }
        return new ApplyOttResponse()
                .responseCode(DanaCall.of(request.get()).operation().responseCode(200, "00"))
                .responseMessage("Successful")
                .userResources(List.of(new UserResource().resourceType("OTT").value(tokens.newToken())));
    }

    private void requireUsable(String clientId, String token) {
        switch (tokens.check(clientId, token)) {
            case NOT_FOUND -> throw DanaRejection.snap(401, "04", "Customer Token Not Found");
            case INVALID -> throw DanaRejection.snap(401, "02", "Invalid Customer Token");
            default -> { }
        }
    }
}
