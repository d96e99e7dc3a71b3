package dev.danakit.client.http;

/**
 * Observes every attempt (metrics, audit). Called on the calling thread after each attempt; must not throw.
 */
@FunctionalInterface
public interface CallListener {

    /** A listener that does nothing. */
    CallListener NONE = event -> { };

    /**
     * @param event the finished attempt
     */
    void onAttempt(AttemptEvent event);
}
