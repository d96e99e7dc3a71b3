package dev.danakit.sandbox.outcomes;

/**
 * Thrown by the twin instead of serving a call whose request asked for a documented outcome (see
 * {@link OutcomeRules}); the sandbox's error mapper answers the code in the operation's format through
 * dana-protocol's answers.
 */
public final class ForcedOutcome extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient OutcomeRules.Decision decision;

    /** @param decision the code to answer and the input that asked for it */
    public ForcedOutcome(OutcomeRules.Decision decision) {
        super(decision.code().code() + " asked for by " + decision.trigger(), null, false, false);
        this.decision = decision;
    }

    /** @return the code to answer and the input that asked for it */
    public OutcomeRules.Decision decision() {
        return decision;
    }
}
