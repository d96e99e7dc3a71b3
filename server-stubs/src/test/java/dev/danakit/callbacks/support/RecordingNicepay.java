package dev.danakit.callbacks.support;

import dev.danakit.server.nicepay.api.NicepayTokenNotificationApi;
import dev.danakit.server.nicepay.model.NicepayResult;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import java.util.concurrent.atomic.AtomicInteger;

/** A merchant's NICEPAY notification handler that records its calls. */
public final class RecordingNicepay implements NicepayTokenNotificationApi {

    private final AtomicInteger calls = new AtomicInteger();

    @Override
    public NicepayResult tokenDeactivatedNotify(TokenDeactivatedNotification notification) {
        calls.incrementAndGet();
        return new NicepayResult().resultCd("0000").resultMsg("SUCCESS");
    }

    /** @return how often the handler ran */
    public int calls() {
        return calls.get();
    }
}
