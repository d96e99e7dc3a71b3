package dev.danakit.callbacks.support;

import dev.danakit.server.callbacks.api.UnbindNotifyApi;
import dev.danakit.server.callbacks.model.UnbindNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A merchant's Unbind Notify handler that records its calls and can be told to fail. */
public final class RecordingUnbindNotify implements UnbindNotifyApi {

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final List<String> reqMsgIds = new CopyOnWriteArrayList<>();

    /**
     * @param failures how many calls throw before the handler starts succeeding
     * @return this
     */
    public RecordingUnbindNotify failingTimes(int failures) {
        failuresLeft.set(failures);
        return this;
    }

    @Override
    public UnbindNotifyResponse unbindNotify(UnbindNotifyRequest request) {
        calls.incrementAndGet();
        reqMsgIds.add(request.getRequest().getHead().getReqMsgId());
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("token store unavailable");
        }
        return null; // success: the kit completes the answer
    }

    /** @return how often the handler ran */
    public int calls() {
        return calls.get();
    }

    /**
     * @param reqMsgId a message id
     * @return how often the handler ran for it
     */
    public long calls(String reqMsgId) {
        return reqMsgIds.stream().filter(reqMsgId::equals).count();
    }

    /** @return the reqMsgIds it saw */
    public List<String> reqMsgIds() {
        return reqMsgIds;
    }
}
