package dev.danakit.protocol.codes;

/**
 * What a call did at DANA, as far as the caller can know.
 */
public enum OutcomeKind {
    /** DANA processed the request and says it succeeded. */
    SUCCESS,
    /** DANA refused or failed the request for certain; nothing happened (or the request never left). */
    FAILURE,
    /** The result is not known (timeout, 5xx, accepted-in-progress, undecodable answer): query the status. */
    UNKNOWN
}
