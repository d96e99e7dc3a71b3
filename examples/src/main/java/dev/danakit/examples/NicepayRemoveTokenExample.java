package dev.danakit.examples;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.nicepay.model.RemoveTokenRequest;
import dev.danakit.client.nicepay.model.RemoveTokenResponse;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.signing.nicepay.NicepayMerchantToken;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * NICEPAY Payloan: deactivate a customer's user token. The merchantToken proves the merchant key:
 * SHA-256(timeStamp + iMid + userToken + merchantKey), with timeStamp in Jakarta time.
 *
 * <p>Arguments: iMid, userToken; the merchant key comes from NICEPAY_MERCHANT_KEY.
 */
public final class NicepayRemoveTokenExample {

    private static final DateTimeFormatter TIME_STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private NicepayRemoveTokenExample() {
    }

    /**
     * @param args iMid and the user token
     */
    public static void main(String[] args) {
        String iMid = args.length > 0 ? args[0] : "IONPAYTEST";
        String userToken = args.length > 1 ? args[1] : "c2a9e4d1-7b3f-4e08-9a6c-1f5d8b2e7c40";
        String merchantKey = System.getenv().getOrDefault("NICEPAY_MERCHANT_KEY", "merchant-key");
        String timeStamp = LocalDateTime.now(ZoneOffset.ofHours(7)).format(TIME_STAMP);

        try (DanaClient dana = DanaClient.create(DanaClientConfig.fromEnvironment().build())) {
            RemoveTokenRequest request = new RemoveTokenRequest().timeStamp(timeStamp).iMid(iMid).userToken(userToken)
                    .merchantToken(NicepayMerchantToken.removeToken(timeStamp, iMid, userToken, merchantKey));

            Outcome<RemoveTokenResponse> outcome = dana.nicepay().call(api -> api.removeToken(request));

            System.out.println(outcome.isSuccess() ? "token deactivated, status "
                    + outcome.value().orElseThrow().getTokenStatus() : outcome.kind() + ": " + outcome.code());
        }
    }
}
