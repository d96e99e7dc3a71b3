package dev.danakit.protocol.codes;

import java.util.Objects;

/**
 * A decoded DANA result code.
 *
 * <p>SNAP codes have seven digits: HTTP status (3), service code (2), case code (2), e.g. {@code 4004901}.
 * Open API results carry a status letter (S/F/U/A), a result code id and a name such as {@code PARAM_ILLEGAL};
 * NICEPAY results a four-digit {@code resultCd}. When no code could be read (transport error, empty or
 * non-JSON body) {@code code} is {@code null} and the meaning comes from the HTTP status alone.
 *
 * @param code the code as DANA sent it (7-digit SNAP code, Open API resultCodeId, NICEPAY resultCd), or null
 * @param httpStatus the HTTP status the code stands for (first three SNAP digits, else the response status; 0 if none)
 * @param serviceCode SNAP service code (two digits), or null
 * @param caseCode SNAP case code (two digits), or null
 * @param name a short name: the Open API resultCode, the catalogue title, or the generic SNAP case name
 * @param message DANA's own message ({@code responseMessage}/{@code resultMsg}), or null
 * @param meaning what the code means for the merchant (catalogue text when known)
 * @param kind success, failure or unknown
 * @param action what to do next
 * @param retrySafe whether sending the same request again (same partnerReferenceNo) is safe
 */
public record ResponseCode(String code, int httpStatus, String serviceCode, String caseCode, String name,
        String message, String meaning, OutcomeKind kind, NextAction action, boolean retrySafe) {

    /**
     * Validates the non-null parts.
     */
    public ResponseCode {
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
    }

    /**
     * @param newKind the kind to report instead
     * @param newAction the action to report instead
     * @param newMeaning the meaning to report instead
     * @return a copy with another kind, action and meaning (e.g. after the retries ran out)
     */
    public ResponseCode with(OutcomeKind newKind, NextAction newAction, String newMeaning) {
        return new ResponseCode(code, httpStatus, serviceCode, caseCode, name, message, newMeaning, newKind, newAction,
                retrySafe);
    }

    @Override
    public String toString() {
        return (code == null ? "HTTP " + httpStatus : code) + (name == null ? "" : " " + name) + " [" + kind + ", "
                + action + "] " + meaning;
    }
}
