package dev.danakit.sandbox;

import dev.danakit.callbacks.DanaCallbacks;
import dev.danakit.callbacks.Notification;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import java.net.URI;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * A merchant's QRIS Finish Notify handler as a merchant builds it with the kit: DanaCallbacks at the merchant's own
 * path ({@code /v2/dana/callback-qris}, as registered in DANA's portal), which verifies DANA's signature over the
 * raw bytes and delivers QRIS's production shapes (objects as JSON text) with their deviations.
 */
final class QrisNotifyReceiver implements MerchantSide {

    static final String PATH = "/v2/dana/callback-qris";

    private final HttpServer server;
    private final URI base;
    private final List<Notification<FinishNotifyRequest>> received = new CopyOnWriteArrayList<>();

    QrisNotifyReceiver(PublicKey danaPublicKey, PrivateKey merchantPrivateKey) {
        ResourceConfig app = new ResourceConfig().register(DanaCallbacks.builder()
                .danaPublicKey(danaPublicKey).merchantPrivateKey(merchantPrivateKey)
                .finishNotification(notification -> {
                    received.add(notification);
                    return null; // the kit answers 2005600
                }, PATH).build());
        server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app, true);
        base = URI.create("http://127.0.0.1:" + server.getListeners().iterator().next().getPort());
    }

    /** @return the merchant's own notification path, as registered in DANA's merchant portal */
    @Override
    public String finishNotifyUrl() {
        return base + PATH;
    }

    /** @return every notification the handler was given, in arrival order */
    List<Notification<FinishNotifyRequest>> received() {
        return received;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
