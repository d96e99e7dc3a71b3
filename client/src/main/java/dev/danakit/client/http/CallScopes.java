package dev.danakit.client.http;

/**
 * The per-thread slot through which a call's options reach the filters and the filters' findings reach
 * the caller. One instance per product client (never static), so clients never see each other's calls.
 */
public final class CallScopes {

    private final ThreadLocal<CallScope> current = new ThreadLocal<>();

    CallScope current() {
        return current.get();
    }

    CallScope open(String pinnedExternalId) {
        CallScope scope = new CallScope(pinnedExternalId);
        current.set(scope);
        return scope;
    }

    void close() {
        current.remove();
    }
}
