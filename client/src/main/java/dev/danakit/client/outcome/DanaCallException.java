package dev.danakit.client.outcome;

/**
 * Thrown by {@link Outcome#orThrow()} when a call did not succeed; carries the typed outcome.
 */
public final class DanaCallException extends DanaClientException {

    private static final long serialVersionUID = 1L;

    private final transient Outcome<?> outcome;

    /**
     * @param outcome the failed or unknown outcome
     */
    public DanaCallException(Outcome<?> outcome) {
        super(outcome.toString());
        this.outcome = outcome;
    }

    /** @return the outcome: kind, decoded code, next action */
    public Outcome<?> outcome() {
        return outcome;
    }
}
