package dev.danakit.callbacks.support;

import dev.danakit.server.callbacks.api.FinishNotifyApi;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.FinishNotifyResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A merchant's Finish Notify handler that records its calls, and can be slow, fail, or answer not-found. */
public final class RecordingFinishNotify implements FinishNotifyApi {

    private final List<String> references = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final Duration work;
    private final String unknownReference;

    /** A handler that answers success at once. */
    public RecordingFinishNotify() {
        this(Duration.ZERO, null);
    }

    /**
     * @param work how long each call takes
     * @param unknownReference a reference the merchant does not know (answered 4045601), or {@code null}
     */
    public RecordingFinishNotify(Duration work, String unknownReference) {
        this.work = work;
        this.unknownReference = unknownReference;
    }

    /**
     * @param failures how many calls throw before the handler succeeds
     * @return this
     */
    public RecordingFinishNotify failingTimes(int failures) {
        failuresLeft.set(failures);
        return this;
    }

    @Override
    public FinishNotifyResponse finishNotify(String xTimestamp, String xSignature, String xPartnerId,
            String xExternalId, String channelId, FinishNotifyRequest request) {
        references.add(request.getOriginalPartnerReferenceNo());
        try {
            Thread.sleep(work.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("order database unavailable");
        }
        if (request.getOriginalPartnerReferenceNo().equals(unknownReference)) {
            return new FinishNotifyResponse().responseCode("4045601").responseMessage("Transaction Not Found");
        }
        return null;
    }

    /** @return how often the handler ran, for any order */
    public int calls() {
        return references.size();
    }

    /**
     * @param partnerReferenceNo an order reference
     * @return how often the handler ran for it
     */
    public long calls(String partnerReferenceNo) {
        return references.stream().filter(partnerReferenceNo::equals).count();
    }
}
