package dev.danakit.sandbox;

import static dev.danakit.sandbox.Eventually.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.widget.model.AccountUnbindingRequest;
import dev.danakit.client.widget.model.AccountUnbindingRequestAdditionalInfo;
import dev.danakit.client.widget.model.AccountUnbindingResponse;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyTokenAuthorizationCodeRequest;
import dev.danakit.client.widget.model.ApplyTokenRequest;
import dev.danakit.client.widget.model.ApplyTokenResponse;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.client.widget.model.ApplyOttResponse;
import dev.danakit.sandbox.twin.CallbackDelivery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole binding flow as a merchant lives it: the kit's client (DanaClient, signing filter) against the
 * running sandbox, and the kit's callback side (DanaCallbacks around a generated-interface implementation)
 * receiving the signed Unbind Notify.
 */
class BindingFlowEndToEndTest extends MerchantFlowFixture<MerchantCallbackServer> {

    BindingFlowEndToEndTest() {
        super(MerchantCallbackServer::new);
    }

    @Test
    void applyTokenApplyOttAccountUnbindingAndTheMerchantIsNotified() {
        Outcome<ApplyTokenResponse> bound = dana.widget().call(api -> api.applyToken(new ApplyTokenRequest(
                new ApplyTokenAuthorizationCodeRequest().grantType("AUTHORIZATION_CODE").authCode(running.authCode()))));
        assertTrue(bound.isSuccess(), bound.toString());
        assertEquals("2007400", bound.code().code());
        String token = bound.value().orElseThrow().getAccessToken();

        Outcome<ApplyOttResponse> ott = applyOtt(token);
        assertTrue(ott.isSuccess(), ott.toString());
        assertEquals("2004900", ott.code().code());
        assertEquals("OTT", ott.value().orElseThrow().getUserResources().get(0).getResourceType());

        Outcome<AccountUnbindingResponse> unbound = dana.widget().call(api -> api.accountUnbinding("Bearer " + token,
                "android-5f2b9c7e1a3d4f60", new AccountUnbindingRequest().merchantId(TestMerchant.MERCHANT_ID)
                        .additionalInfo(new AccountUnbindingRequestAdditionalInfo().accessToken(token).deviceId("android-5f2b9c7e1a3d4f60")), null, null, null));
        assertTrue(unbound.isSuccess(), unbound.toString());
        assertEquals("2000900", unbound.code().code());
        await(() -> merchantSide.unboundTokens().contains(token));

        Outcome<ApplyOttResponse> afterUnbind = applyOtt(token);
        assertFalse(afterUnbind.isSuccess());
        assertEquals("4014902", afterUnbind.code().code());
    }

    @Test
    void aCustomerUnbindingInTheDanaAppNotifiesTheMerchant() {
        String token = running.bindCustomer();
        assertTrue(applyOtt(token).isSuccess());

        assertEquals(202, running.http.postJson("/sandbox/customers/unbind", Map.of("accessToken", token)).statusCode());
        await(() -> merchantSide.unboundTokens().contains(token));
        await(() -> running.sandbox.deliveries().stream().anyMatch(CallbackDelivery.Attempt::accepted));

        Outcome<ApplyOttResponse> afterUnbind = applyOtt(token);
        assertFalse(afterUnbind.isSuccess());
        assertEquals("4014902", afterUnbind.code().code());
    }

    @Test
    void unbindNotifyIsResentUntilTheMerchantAnswersSuccess() {
        merchantSide.failNext(1);
        String token = running.bindCustomer();

        running.http.postJson("/sandbox/customers/unbind", Map.of("accessToken", token));
        await(() -> running.sandbox.deliveries().stream().anyMatch(CallbackDelivery.Attempt::accepted));
        assertEquals(List.of(token), merchantSide.unboundTokens());

        List<CallbackDelivery.Attempt> attempts = running.sandbox.deliveries();
        assertEquals(2, attempts.size(), attempts.toString());
        assertFalse(attempts.get(0).accepted());
        assertTrue(attempts.get(1).accepted());
        assertEquals(2, attempts.get(1).attempt());
    }

    private Outcome<ApplyOttResponse> applyOtt(String token) {
        return dana.widget().call(api -> api.applyOtt("Bearer " + token, "android-5f2b9c7e1a3d4f60",
                new ApplyOttRequest().userResources(List.of("OTT"))
                        .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken(token)),
                "172.24.28.24", null, null));
    }
}
