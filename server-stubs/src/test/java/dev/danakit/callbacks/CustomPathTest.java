package dev.danakit.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.RecordingFinishNotify;
import dev.danakit.callbacks.support.RecordingNicepay;
import dev.danakit.callbacks.support.RecordingUnbindNotify;
import dev.danakit.server.callbacks.api.FinishNotifyApi;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every callback at two merchant-chosen paths (issue 13 §1): a signed request is delivered at each; unsigned,
 * signed for another path, or sent to the spec's default path that is no longer mounted, it is refused in
 * DANA's format and the handler is not called.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomPathTest {

    static final List<String> FINISH = List.of("/v2/dana/callback-qris", "/webhooks/dana/store-17/finish");
    static final List<String> UNBIND = List.of("/v2/dana/unbind", "/webhooks/dana/unbind-notify");
    static final List<String> NICEPAY = List.of("/v2/nicepay/token", "/webhooks/nicepay/deactivated");

    private final RecordingFinishNotify finish = new RecordingFinishNotify();
    private final RecordingUnbindNotify unbind = new RecordingUnbindNotify();
    private final RecordingNicepay nicepay = new RecordingNicepay();
    @AutoClose
    private final CallbackServer server = new CallbackServer(Dana.callbacks(new InMemoryNotificationLedger())
            .finishNotify(finish, FINISH.toArray(String[]::new))
            .unbindNotify(unbind, UNBIND.toArray(String[]::new))
            .nicepayTokenNotification(nicepay, Dana.NICEPAY_MERCHANT_KEY, NICEPAY.toArray(String[]::new))
            .build());

    private static byte[] finishBody(String reference) {
        return Dana.finishBody(reference, "00");
    }

    @Test
    void finishNotifyIsDeliveredAtEachCustomPath() {
        for (String path : FINISH) {
            String reference = "ORD-" + path.hashCode();
            byte[] body = finishBody(reference);
            Dana.assertSnapAnswer(server.post(path, Dana.snapHeaders(path, body), body), 200, "2005600");
            assertEquals(1, finish.calls(reference), path);
        }
    }

    @Test
    void finishNotifySignedForAnotherPathIsRefused() {
        refusedAtEachFinishPath("ORD-other-",
                (path, body) -> Dana.snapHeaders(path.equals(FINISH.get(0)) ? FINISH.get(1) : FINISH.get(0), body));
    }

    @Test
    void unsignedFinishNotifyIsRefused() {
        refusedAtEachFinishPath("ORD-unsigned-", (path, body) -> {
            Map<String, String> headers = Dana.snapHeaders(path, body);
            headers.remove("X-SIGNATURE");
            return headers;
        });
    }

    /** At each custom Finish Notify path, a notification sent with these headers is refused before the handler. */
    private void refusedAtEachFinishPath(String referencePrefix,
            BiFunction<String, byte[], Map<String, String>> headers) {
        for (String path : FINISH) {
            String reference = referencePrefix + path.hashCode();
            byte[] body = finishBody(reference);
            Dana.assertSnapAnswer(server.post(path, headers.apply(path, body), body), 401, "4015600");
            assertEquals(0, finish.calls(reference), path);
        }
    }

    @Test
    void theSpecPathIsNotMountedOnceTheMerchantChoseItsOwn() {
        byte[] body = finishBody("ORD-default-path");
        Answer answer = server.post(Dana.FINISH_PATH, Dana.snapHeaders(Dana.FINISH_PATH, body), body);

        assertEquals("Invalid Routing", Dana.assertSnapAnswer(answer, 404, "4045602"));
        assertEquals(0, finish.calls("ORD-default-path"));
        Dana.assertOpenApiAnswer(server.post(Dana.UNBIND_PATH, Map.of(), Dana.unbindEnvelope("msg-default")),
                "F", "PARAM_ILLEGAL");
        assertEquals(0, unbind.calls("msg-default"));
        int before = nicepay.calls();
        Answer nicepayAnswer = server.post(Dana.NICEPAY_PATH, Map.of(), Dana.nicepayNotification("user-default"));
        assertEquals(400, nicepayAnswer.status(), nicepayAnswer::toString);
        assertTrue(Dana.read(nicepayAnswer.body()).path("resultCd").isTextual(), nicepayAnswer::toString);
        assertEquals(before, nicepay.calls());
    }

    @Test
    void unbindNotifyIsDeliveredAtEachCustomPathAndRefusedUnsigned() {
        for (String path : UNBIND) {
            String id = "msg-" + path.hashCode();
            Dana.assertOpenApiAnswer(server.post(path, Map.of(), Dana.unbindEnvelope(id)), "S", "SUCCESS");
            assertEquals(1, unbind.calls(id), path);

            String unsignedId = "unsigned-" + path.hashCode();
            byte[] unsigned = ("{\"request\":" + new String(Dana.unbindValue(unsignedId), StandardCharsets.UTF_8)
                    + "}").getBytes(StandardCharsets.UTF_8);
            Dana.assertOpenApiAnswer(server.post(path, Map.of(), unsigned), "F", "PARAM_ILLEGAL");
            byte[] forged = Dana.FORGER.openApiRequest(Dana.unbindValue(unsignedId));
            Dana.assertOpenApiAnswer(server.post(path, Map.of(), forged), "F", "PARAM_ILLEGAL");
            assertEquals(0, unbind.calls(unsignedId), path);
        }
    }

    @Test
    void nicepayNotificationIsDeliveredAtEachCustomPathAndRefusedWithoutItsToken() {
        for (String path : NICEPAY) {
            int before = nicepay.calls();
            Dana.assertNicepayAnswer(server.post(path, Map.of(), Dana.nicepayNotification("user-" + path.hashCode())),
                    200, "0000");
            assertEquals(before + 1, nicepay.calls(), path);
            Dana.assertNicepayAnswer(server.post(path, Map.of(),
                    Dana.nicepayNotification("user-forged-" + path.hashCode(), "0".repeat(64))), 400, "9001");
            assertEquals(before + 1, nicepay.calls(), path);
        }
    }

    /** A merchant's own resource class at its own path, implementing the generated interface. */
    @Path("/shop/dana-finish")
    public static final class MerchantFinishResource implements FinishNotifyApi {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public FinishNotifyResponse finishNotify(String xTimestamp, String xSignature, String xPartnerId,
                String xExternalId, String channelId, FinishNotifyRequest request) {
            calls.incrementAndGet();
            return null;
        }
    }

    @Test
    void aMerchantResourceAtItsOwnPathIsVerifiedToo() {
        MerchantFinishResource resource = new MerchantFinishResource();
        try (CallbackServer own = new CallbackServer(Dana.callbacks(new InMemoryNotificationLedger())
                .finishNotify(resource).build())) {
            String path = "/shop/dana-finish";
            byte[] body = finishBody("ORD-own-resource");
            Dana.assertSnapAnswer(own.post(path, Dana.snapHeaders(path, body), body), 200, "2005600");
            Dana.assertSnapAnswer(own.post(path, Dana.snapHeaders(Dana.FINISH_PATH, body), body), 401, "4015600");
            assertEquals(1, resource.calls.get());
        }
    }

    @Test
    void aCallbackResourceRegisteredAroundTheKitDoesNotStart() {
        Dana.callbacks(new InMemoryNotificationLedger()).unbindNotify(new RecordingUnbindNotify()).build();
        RuntimeException failure = assertThrows(RuntimeException.class, () -> new CallbackServer(
                Dana.callbacks(new InMemoryNotificationLedger()).unbindNotify(new RecordingUnbindNotify()).build(),
                MerchantFinishResource.class).close());
        assertTrue(messages(failure).contains("register it through DanaCallbacks"), () -> messages(failure));
    }

    private static String messages(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c.getMessage()).append(" | ");
        }
        return all.toString();
    }

    /** A merchant's pre-matching filter that rewrites a legacy URL onto a callback path after verification. */
    @PreMatching
    @Priority(5000)
    public static final class Rewrite implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getUriInfo().getPath().equals("legacy/finish")) {
                request.setRequestUri(URI.create(request.getUriInfo().getBaseUri() + "v2/dana/callback-qris"));
            }
        }
    }

    @Test
    void aRewrittenPathCannotRouteAroundVerification() {
        RecordingFinishNotify handler = new RecordingFinishNotify();
        try (CallbackServer rewriting = new CallbackServer(Dana.callbacks(new InMemoryNotificationLedger())
                .finishNotify(handler, FINISH.get(0)).build(), Rewrite.class)) {
            byte[] body = finishBody("ORD-rewritten");
            Answer answer = rewriting.post("/legacy/finish", Dana.snapHeaders("/legacy/finish", body), body);
            Dana.assertSnapAnswer(answer, 401, "4015600");
            assertEquals(0, handler.calls());
        }
    }

    @Test
    void pathsAreOneExactPath() {
        DanaCallbacks.Builder builder = Dana.callbacks(new InMemoryNotificationLedger());
        assertThrows(IllegalArgumentException.class, () -> builder.finishNotify(finish, "/orders/{id}"));
        assertThrows(IllegalArgumentException.class, () -> builder.finishNotify(finish, "/"));
        assertThrows(IllegalArgumentException.class, () -> builder.finishNotify(finish, "/a", "/a/"));
        assertThrows(IllegalStateException.class, () -> Dana.callbacks(new InMemoryNotificationLedger())
                .finishNotify(finish, "/same").unbindNotify(unbind, "/same").build());
    }
}
