package dev.danakit.examples;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.client.widget.model.ApplyOttResponse;
import java.util.List;

/**
 * Widget: exchange a bound customer's access token for a one-time token (OTT) and build the DANA URL.
 *
 * <p>Run with DANA_ENV, DANA_PARTNER_ID, DANA_PRIVATE_KEY, DANA_PUBLIC_KEY set, and the customer's access
 * token as the first argument.
 */
public final class WidgetApplyOttExample {

    private WidgetApplyOttExample() {
    }

    /**
     * @param args the customer's access token, optionally the device id
     */
    public static void main(String[] args) {
        String customerToken = args.length > 0 ? args[0] : "customer-access-token";
        String deviceId = args.length > 1 ? args[1] : "merchant-web";
        DanaClientConfig config = DanaClientConfig.fromEnvironment().origin("https://merchant.example").build();

        try (DanaClient dana = DanaClient.create(config)) {
            ApplyOttRequest request = new ApplyOttRequest()
                    .userResources(List.of("OTT"))
                    .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken(customerToken));

            Outcome<ApplyOttResponse> outcome = dana.widget().call(api -> api.applyOtt(
                    "Bearer " + customerToken, deviceId, request, null, null, null));

            switch (outcome.kind()) {
                case SUCCESS -> System.out.println("OTT issued; redirect the customer with it ("
                        + outcome.value().orElseThrow().getUserResources().size() + " resource)");
                case FAILURE -> System.out.println("refused: " + outcome.code() + " -> " + outcome.action());
                case UNKNOWN -> System.out.println("unknown: " + outcome.code() + " -> " + outcome.action());
                default -> throw new IllegalStateException(outcome.toString());
            }
        }
    }
}
