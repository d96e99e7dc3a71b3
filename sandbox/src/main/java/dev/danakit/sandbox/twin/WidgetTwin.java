package dev.danakit.sandbox.twin;

import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.sandbox.generated.widget.model.AccountUnbindingRequest;
import dev.danakit.sandbox.generated.widget.model.AccountUnbindingResponse;
import dev.danakit.sandbox.generated.widget.model.AccountInfo;
import dev.danakit.sandbox.generated.widget.model.ApplyOttRequest;
import dev.danakit.sandbox.generated.widget.model.ApplyOttResponse;
import dev.danakit.sandbox.generated.widget.model.ApplyTokenAuthorizationCodeRequest;
import dev.danakit.sandbox.generated.widget.model.ApplyTokenRefreshTokenRequest;
import dev.danakit.sandbox.generated.widget.model.ApplyTokenResponse;
import dev.danakit.sandbox.generated.widget.model.ApplyTokenResponseAdditionalInfo;
import dev.danakit.sandbox.generated.widget.model.ApplyTokenResponseAdditionalInfoUserInfo;
import dev.danakit.sandbox.generated.widget.model.BalanceInquiryRequest;
import dev.danakit.sandbox.generated.widget.model.BalanceInquiryResponse;
import dev.danakit.sandbox.generated.widget.model.Money;
import dev.danakit.sandbox.generated.widget.model.UserResource;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.signing.snap.SnapTimestamp;
import java.util.List;
import java.util.Optional;

/**
 * The widget operations with behaviour: customer tokens and one-time tokens.
 *
 * @param tokens the customers' tokens
 * @param merchants the registered merchants, told when a customer unbinds
 * @param unbindNotifier sends Unbind Notify
 */
public record WidgetTwin(CustomerTokens tokens, MerchantRegistry merchants, UnbindNotifier unbindNotifier) {

    private static final String BEARER = "Bearer ";

    /** Apply Token with an authorization code: each code works once, for the merchant it was issued to. */
    public ApplyTokenResponse applyToken(DanaCall call, ApplyTokenAuthorizationCodeRequest body) {
        return granted(call, tokens.redeem(call.clientId(), body.getAuthCode()), "authCode");
    }

    /** Apply Token with a refresh token: the previous access token stops working. */
    public ApplyTokenResponse applyToken(DanaCall call, ApplyTokenRefreshTokenRequest body) {
        return granted(call, tokens.refresh(call.clientId(), body.getRefreshToken()), "refreshToken");
    }

    /** Account unbinding: revokes the customer token and tells the merchant with a signed Unbind Notify. */
    public AccountUnbindingResponse accountUnbinding(DanaCall call, AccountUnbindingRequest body) {
        String token = customerToken(call);
        requireUsable(call.clientId(), token);
        tokens.revoke(token);
        unbindNotifier.notify(merchants.find(call.clientId()).orElse(null), List.of(token));
        return new AccountUnbindingResponse().responseCode(DanaAnswers.responseCode(call.operation(), 200, "00"))
                .responseMessage(DanaAnswers.SUCCESSFUL).merchantId(body.getMerchantId())
                .partnerReferenceNo(body.getPartnerReferenceNo()).linkId(body.getLinkId());
    }

    /** A used, unknown or other merchant's code or refresh token: DANA answers 401xx00 Unauthorized. */
    private ApplyTokenResponse granted(DanaCall call, Optional<CustomerTokens.Grant> grant, String field) {
        CustomerTokens.Grant g = grant.orElseThrow(() -> Refusal.snap(401, "00", "Unauthorized. Invalid " + field));
        return new ApplyTokenResponse().responseCode(DanaAnswers.responseCode(call.operation(), 200, "00"))
                .responseMessage(DanaAnswers.SUCCESSFUL).tokenType("Bearer")
                .accessToken(g.accessToken())
                .accessTokenExpiryTime(SnapTimestamp.format(g.accessExpiresAt()))
                .refreshToken(g.refreshToken())
                .additionalInfo(new ApplyTokenResponseAdditionalInfo().userInfo(
                        new ApplyTokenResponseAdditionalInfoUserInfo().publicUserId(g.customerId())))
                .refreshTokenExpiryTime(SnapTimestamp.format(g.accessExpiresAt()
                        .plus(CustomerTokens.REFRESH_LIFETIME).minus(CustomerTokens.ACCESS_LIFETIME)));
    }

    /** Apply OTT: needs a live customer token of the calling merchant, in the header and the body. */
    public ApplyOttResponse applyOtt(DanaCall call, ApplyOttRequest body) {
        // OTT is the one resource this operation gives
        if (body.getUserResources().stream().anyMatch(resource -> !"OTT".equals(resource))) {
            throw new Refusal(Refusal.Kind.INVALID_FIELD_FORMAT, "userResources");
        }
        String token = customerToken(call);
        requireUsable(call.clientId(), token);
        if (!token.equals(body.getAdditionalInfo().getAccessToken())) {
            throw Refusal.snap(401, "02", "Invalid Customer Token");
        }
        return new ApplyOttResponse()
                .responseCode(DanaAnswers.responseCode(call.operation(), 200, "00"))
                .responseMessage(DanaAnswers.SUCCESSFUL)
                .userResources(List.of(new UserResource().resourceType("OTT").value(tokens.newToken())));
    }

    /** The balance every sandbox customer holds. */
    static final String DEMO_BALANCE = "250000.00";

    /**
     * Balance inquiry: the token in Authorization-Customer (or, without it, {@code additionalInfo.accessToken}) must
     * be a live token of the calling merchant, and a token in both places must be the same one.
     */
    public BalanceInquiryResponse balanceInquiry(DanaCall call, BalanceInquiryRequest body) {
        String inBody = body.getAdditionalInfo() == null ? null : body.getAdditionalInfo().getAccessToken();
        String token = customerToken(call);
        requireUsable(call.clientId(), token != null ? token : inBody);
        if (token != null && inBody != null && !token.equals(inBody)) {
            throw Refusal.snap(401, "02", "Invalid Customer Token");
        }
        List<String> types = body.getBalanceTypes() == null || body.getBalanceTypes().isEmpty() ? List.of("BALANCE")
                : body.getBalanceTypes();
        BalanceInquiryResponse answer = new BalanceInquiryResponse()
                .responseCode(DanaAnswers.responseCode(call.operation(), 200, "00"))
                .responseMessage(DanaAnswers.SUCCESSFUL).partnerReferenceNo(body.getPartnerReferenceNo());
        for (String type : types) {
            answer.addAccountInfosItem(new AccountInfo().balanceType(type)
                    .amount(new Money().value(DEMO_BALANCE).currency("IDR"))
                    .availableBalance(new Money().value(DEMO_BALANCE).currency("IDR")));
        }
        return answer;
    }

    static String customerToken(DanaCall call) {
        String header = call.header("Authorization-Customer");
        return header != null && header.startsWith(BEARER) ? header.substring(BEARER.length()) : header;
    }

    void requireUsable(String clientId, String token) {
        switch (tokens.check(clientId, token)) {
            case NOT_FOUND -> throw Refusal.snap(401, "04", "Customer Token Not Found");
            case INVALID -> throw Refusal.snap(401, "02", "Invalid Customer Token");
            default -> { }
        }
    }
}
