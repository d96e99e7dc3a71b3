package dev.danakit.examples;

import dev.danakit.client.DanaClient;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.auth.model.B2bTokenRequest;
import dev.danakit.client.auth.model.B2bTokenResponse;
import dev.danakit.client.outcome.Outcome;

/**
 * SNAP auth: get a B2B access token. The client sends X-CLIENT-KEY and signs clientId|X-TIMESTAMP.
 */
public final class AuthB2bTokenExample {

    private AuthB2bTokenExample() {
    }

    /**
     * @param args unused
     */
    public static void main(String[] args) {
        try (DanaClient dana = DanaClient.create(DanaClientConfig.fromEnvironment().build())) {
            Outcome<B2bTokenResponse> outcome = dana.auth().call(api ->
                    api.applyB2bToken(new B2bTokenRequest().grantType("client_credentials")));

            // the token itself is a secret: keep it in memory, never print it
            System.out.println(outcome.isSuccess() ? "token received, expires in "
                    + outcome.value().orElseThrow().getExpiresIn() + " s" : outcome.toString());
        }
    }
}
