package dev.danakit.sandbox.twin;

import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.sandbox.generated.nicepay.model.RemoveTokenRequest;
import dev.danakit.sandbox.generated.nicepay.model.RemoveTokenResponse;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * NICEPAY's side of Payloan remove-token: the {@code merchantToken} is checked against the merchant key
 * registered with the {@code iMid}, then the user token is deactivated, or answered {@code 9920} when
 * NICEPAY knows no such active token.
 *
 * @param merchants the registered merchants, with their NICEPAY iMid and merchant key
 * @param tokens NICEPAY's Payloan user tokens
 */
public record NicepayTwin(MerchantRegistry merchants, NicepayTokens tokens) {

    private static final DateTimeFormatter TIME_STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * @param call the verified call (NICEPAY calls carry no signature headers)
     * @param request the bound and validated request
     * @return {@code 0000} with the now inactive token, or {@code 9920}
     */
    public RemoveTokenResponse removeToken(DanaCall call, RemoveTokenRequest request) {
        Merchant merchant = merchants.findByNicepayIMid(request.getiMid())
                .orElseThrow(() -> Refusal.nicepay("9002", "Invalid request iMid"));
        try {
            LocalDateTime.parse(request.getTimeStamp(), TIME_STAMP);
        } catch (DateTimeParseException e) {
            throw Refusal.nicepay("9002", "Invalid request timeStamp");
        }
        if (!NicepayMerchantToken.verifyRemoveToken(request.getMerchantToken(), request.getTimeStamp(),
                request.getiMid(), request.getUserToken(), merchant.nicepayMerchantKey())) {
            throw Refusal.nicepay("9001", "Invalid merchantToken");
        }
        if (!tokens.deactivate(request.getiMid(), request.getUserToken())) {
            return new RemoveTokenResponse().resultCd("9920").resultMsg("Error get user details, invalid user token");
        }
        return new RemoveTokenResponse().resultCd("0000").resultMsg("SUCCESS").userToken(request.getUserToken())
                .tokenStatus("0").description("Deactivated by merchant");
    }
}
