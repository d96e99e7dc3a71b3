package dev.danakit.sandbox;

import dev.danakit.callbacks.DanaCallbacks;
import dev.danakit.server.callbacks.api.FinishNotifyApi;
import dev.danakit.server.callbacks.api.UnbindNotifyApi;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import dev.danakit.server.callbacks.model.UnbindNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyResponse;
import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The merchant's side of the callbacks, as a merchant builds it with the kit: server-stubs' DanaCallbacks
 * (signature verification with DANA's key, signed answers with the merchant's key) around an
 * implementation of the generated UnbindNotifyApi, on 127.0.0.1 with a free port.
 */
final class MerchantCallbackServer implements MerchantSide, UnbindNotifyApi, FinishNotifyApi {

    private final HttpServer server;
    private final URI base;
    private final List<String> unboundTokens = new CopyOnWriteArrayList<>();
    private final List<String> finishedOrders = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();

    MerchantCallbackServer(PublicKey danaPublicKey, PrivateKey merchantPrivateKey) {
        ResourceConfig app = new ResourceConfig().register(DanaCallbacks.builder()
                .danaPublicKey(danaPublicKey).merchantPrivateKey(merchantPrivateKey).unbindNotify(this).finishNotify(this).build());
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app, true);
        base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort());
    }

    @Override
    public String unbindNotifyUrl() {
        return base + "/dana/callbacks/unbind-notify";
    }

    @Override
    public String finishNotifyUrl() {
        return base + "/dana/callbacks/finish-notify";
    }

    /** @return "partnerReferenceNo status" of each Finish Notify the merchant processed */
    List<String> finishedOrders() {
        return finishedOrders;
    }

    @Override
    public FinishNotifyResponse finishNotify(String xTimestamp, String xSignature, String xPartnerId, String xExternalId,
                                             String channelId, FinishNotifyRequest request) {
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("order store unavailable");
        }
        finishedOrders.add(request.getOriginalPartnerReferenceNo() + " " + request.getTransactionStatusDesc());
        return null; // the kit answers 2005600
    }

    /** @param failures how many deliveries the merchant fails before it succeeds */
    void failNext(int failures) {
        failuresLeft.set(failures);
    }

    /** @return the access tokens the merchant was told to drop */
    List<String> unboundTokens() {
        return unboundTokens;
    }

    @Override
    public UnbindNotifyResponse unbindNotify(UnbindNotifyRequest request) {
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("token store unavailable");
        }
        unboundTokens.addAll(request.getRequest().getBody().getUnbindAccessToken());
        return null; // the kit answers S/SUCCESS, signed with the merchant's key
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
