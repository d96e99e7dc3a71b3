package dev.danakit.protocol.codes;

/**
 * What the caller should do next, following DANA's partner actions.
 */
public enum NextAction {
    /** Nothing: the call succeeded. */
    NONE,
    /** The request was wrong (format, mandatory field, inconsistent with an earlier one): correct it first. */
    FIX_REQUEST,
    /** Signature, client id, timestamp or customer token was refused: fix credentials or bind again. */
    FIX_CREDENTIALS,
    /** A business refusal (account state, limits, not found): sending it again will not help. */
    DO_NOT_RETRY,
    /** A transient failure: send the same request again (same partnerReferenceNo). */
    RETRY,
    /** Rate limited: send the same request again later, spaced out. */
    RETRY_LATER,
    /** The result is unknown: ask DANA for the status of this partnerReferenceNo before doing anything else. */
    QUERY_STATUS
}
