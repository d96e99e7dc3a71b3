package dev.danakit.sandbox.twin;

import dev.danakit.sandbox.generated.widget.model.ApplyOttRequest;
import dev.danakit.sandbox.generated.widget.model.ApplyOttResponse;
import dev.danakit.sandbox.generated.widget.model.UserResource;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.http.DanaRejection;
import java.util.List;

/** The widget operations with behaviour: customer tokens and one-time tokens. */
public final class WidgetTwin {

    private static final String BEARER = "Bearer ";

    private final CustomerTokens tokens;

    public WidgetTwin(CustomerTokens tokens) {
        this.tokens = tokens;
    }

    /** Apply OTT: needs a live customer token of the calling merchant, in the header and the body. */
    public ApplyOttResponse applyOtt(DanaCall call, ApplyOttRequest body) {
        String token = customerToken(call);
        requireUsable(call.clientId(), token);
        if (!token.equals(body.getAdditionalInfo().getAccessToken())) {
            throw DanaRejection.snap(401, "02", "Invalid Customer Token");
        }
        return new ApplyOttResponse()
                .responseCode(call.operation().responseCode(200, "00"))
                .responseMessage("Successful")
                .userResources(List.of(new UserResource().resourceType("OTT").value(tokens.newToken())));
    }

    static String customerToken(DanaCall call) {
        String header = call.header("Authorization-Customer");
        return header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()) : header;
    }

    void requireUsable(String clientId, String token) {
        switch (tokens.check(clientId, token)) {
            case NOT_FOUND -> throw DanaRejection.snap(401, "04", "Customer Token Not Found");
            case INVALID -> throw DanaRejection.snap(401, "02", "Invalid Customer Token");
            default -> { }
        }
    }
}
