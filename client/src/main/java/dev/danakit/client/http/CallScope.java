package dev.danakit.client.http;

/**
 * What the filters learn about one attempt, handed back to the {@link CallExecutor} on the calling thread
 * (Jersey runs the filters of a synchronous call on the caller's thread).
 */
final class CallScope {

    /** A response as received: status and raw bytes. */
    record Exchange(int status, byte[] body, long latencyNanos) {
    }

    final String pinnedExternalId;
    OperationRoute route;
    String externalId;
    long startNanos;
    Exchange exchange;

    CallScope(String pinnedExternalId) {
        this.pinnedExternalId = pinnedExternalId;
    }
}
