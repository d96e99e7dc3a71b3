package dev.danakit.examples;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.binding.BindingUrl;
import dev.danakit.client.binding.SeamlessData;

/**
 * The URL that starts a customer's account binding: DANA's Get OAuth 2.0 page (or, with {@code deeplink()}, the
 * bindSnap link into the DANA app), built locally. Keep the state; on the redirect back, compare it and exchange the
 * authCode with Apply Token ({@code dana.widget()}).
 *
 * <p>Argument: the merchant's redirect URL.
 */
public final class BindingUrlExample {

    private BindingUrlExample() {
    }

    /**
     * @param args the redirect URL
     */
    public static void main(String[] args) {
        String redirectUrl = args.length > 0 ? args[0] : "https://merchant.example/dana/bound";
        try (DanaClient dana = DanaClient.create(DanaClientConfig.fromEnvironment().build())) {
            BindingUrl url = dana.bindingUrl().redirectUrl(redirectUrl).scopes("CASHIER", "QUERY_BALANCE")
                    .seamlessData(SeamlessData.mobileNumber("6281234567890")).build();
            System.out.println("state to keep: " + url.state());
            System.out.println(url);
        }
    }
}
