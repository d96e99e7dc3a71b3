package dev.danakit.protocol.codes;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what DANA answered into a {@link ResponseCode}.
 *
 * <p>The decoding works from the code alone (SNAP: HTTP status, service and case digits; Open API: the
 * S/F/U/A status letter); a catalogue, when one is supplied, adds the per-code title, meaning and partner
 * action. Immutable and thread-safe.
 */
public final class ResponseCodeCatalog {

    private static final Pattern SNAP_CODE = Pattern.compile("\\d{7}");

    private final Map<String, CatalogueEntry> entries;

    /**
     * One catalogue line.
     *
     * @param title short title, e.g. {@code Invalid Field Format}; for Open API and NICEPAY codes DANA's message
     * @param meaning what it means and what to do, in the catalogue's words
     * @param action the partner action, or null to keep the one derived from the code
     * @param resultStatus the Open API resultStatus (S, F, U, A) of the code, else {@code null}
     * @param resultCodeId the Open API resultCodeId of the code, else {@code null}
     */
    public record CatalogueEntry(String title, String meaning, NextAction action, String resultStatus,
            String resultCodeId) {

        /**
         * A line without Open API result fields.
         *
         * @param title short title
         * @param meaning what it means
         * @param action the partner action, or null
         */
        public CatalogueEntry(String title, String meaning, NextAction action) {
            this(title, meaning, action, null, null);
        }
    }

    private ResponseCodeCatalog(Map<String, CatalogueEntry> entries) {
        this.entries = Map.copyOf(entries);
    }

    /** @return decoding from the codes alone, no per-code enrichment */
    public static ResponseCodeCatalog codesOnly() {
        return new ResponseCodeCatalog(Map.of());
    }

    /**
     * @param entries catalogue entries keyed {@code "<operationId> <code>"} (code: 7-digit SNAP code, Open API
     *     resultCode or resultCodeId, NICEPAY resultCd) or {@code "snap-generic <httpStatus> <caseCode>"}
     * @return a catalogue that enriches decoded codes with these entries
     */
    public static ResponseCodeCatalog of(Map<String, CatalogueEntry> entries) {
        return new ResponseCodeCatalog(Objects.requireNonNull(entries, "entries"));
    }

    /**
     * What the catalogue says of one code of one operation, e.g. the resultStatus and message of
     * {@code SYSTEM_ERROR} for {@code unbindNotify}.
     *
     * @param operationId the operation
     * @param code the 7-digit SNAP code, Open API resultCode or resultCodeId, or NICEPAY resultCd
     * @return the catalogue line, if the operation documents that code
     */
    public Optional<CatalogueEntry> entry(String operationId, String code) {
        return Optional.ofNullable(entries.get(operationKey(operationId, code)));
    }

    /** @return how many codes the catalogue knows */
    public int size() {
        return entries.size();
    }

    static String genericKey(int httpStatus, String caseCode) {
        return "snap-generic " + httpStatus + " " + caseCode;
    }

    static String operationKey(String operationId, String code) {
        return operationId + " " + code;
    }

    /**
     * Decodes a SNAP {@code responseCode} without knowing the operation.
     *
     * @param responseCode the seven digits
     * @param responseMessage DANA's message, may be null
     * @return the decoded code
     */
    public ResponseCode snap(String responseCode, String responseMessage) {
        return snap(null, responseCode, responseMessage);
    }

    /**
     * Decodes a SNAP {@code responseCode}.
     *
     * @param operationId the operation (its catalogue entry first), or null
     * @param responseCode the seven digits
     * @param responseMessage DANA's message, may be null
     * @return the decoded code
     * @throws IllegalArgumentException if it is not seven digits
     */
    public ResponseCode snap(String operationId, String responseCode, String responseMessage) {
        if (responseCode == null || !SNAP_CODE.matcher(responseCode).matches()) {
            throw new IllegalArgumentException("a SNAP responseCode has 7 digits");
        }
        int status = Integer.parseInt(responseCode.substring(0, 3));
        String service = responseCode.substring(3, 5);
        String caseCode = responseCode.substring(5, 7);
        Generic generic = Generic.of(status, caseCode);
        ResponseCode decoded = new ResponseCode(responseCode, status, service, caseCode, generic.name,
                responseMessage, generic.meaning, generic.kind, generic.action, generic.retrySafe);
        ResponseCode byOperation = enrich(decoded, operationKey(operationId, responseCode), true);
        return byOperation != decoded ? byOperation : enrich(decoded, genericKey(status, caseCode), true);
    }

    /**
     * @param responseCode a candidate SNAP code
     * @return whether {@link #snap} accepts it
     */
    public static boolean isSnapCode(String responseCode) {
        return responseCode != null && SNAP_CODE.matcher(responseCode).matches();
    }

    /**
     * Decodes an Open API {@code resultInfo}.
     *
     * @param httpStatus the HTTP status of the response (DANA answers 200 for every result)
     * @param resultStatus S, F, U or A
     * @param resultCodeId e.g. {@code 00000004}
     * @param resultCode e.g. {@code PARAM_ILLEGAL}
     * @param resultMsg DANA's message
     * @return the decoded code
     */
    public ResponseCode openApi(int httpStatus, String resultStatus, String resultCodeId, String resultCode,
            String resultMsg) {
        return openApi(null, httpStatus, resultStatus, resultCodeId, resultCode, resultMsg);
    }

    /**
     * Decodes an Open API {@code resultInfo} of a known operation.
     *
     * @param operationId the operation (its catalogue entry first), or null
     * @param httpStatus the HTTP status of the response
     * @param resultStatus S, F, U or A
     * @param resultCodeId e.g. {@code 00000004}
     * @param resultCode e.g. {@code PARAM_ILLEGAL}
     * @param resultMsg DANA's message
     * @return the decoded code
     */
    public ResponseCode openApi(String operationId, int httpStatus, String resultStatus, String resultCodeId,
            String resultCode, String resultMsg) {
        String letter = resultStatus == null ? "" : resultStatus.trim().toUpperCase(java.util.Locale.ROOT);
        ResponseCode decoded = switch (letter) {
            case "S" -> new ResponseCode(resultCodeId, httpStatus, null, null, resultCode, resultMsg,
                    "success", OutcomeKind.SUCCESS, NextAction.NONE, true);
            case "A" -> new ResponseCode(resultCodeId, httpStatus, null, null, resultCode, resultMsg,
                    "accepted, final result pending: query the status", OutcomeKind.UNKNOWN, NextAction.QUERY_STATUS,
                    true);
            case "U" -> new ResponseCode(resultCodeId, httpStatus, null, null, resultCode, resultMsg,
                    "unknown result (DANA system trouble): retry the same request, then query the status",
                    OutcomeKind.UNKNOWN, NextAction.RETRY, true);
            case "F" -> openApiFailure(httpStatus, resultCodeId, resultCode, resultMsg);
            default -> new ResponseCode(resultCodeId, httpStatus, null, null, resultCode, resultMsg,
                    "resultStatus '" + letter + "' is not one of S/F/U/A: treat as unknown", OutcomeKind.UNKNOWN,
                    NextAction.QUERY_STATUS, true);
        };
        ResponseCode byName = enrich(decoded, operationKey(operationId, resultCode), false);
        return byName != decoded ? byName : enrich(decoded, operationKey(operationId, resultCodeId), false);
    }

    private static ResponseCode openApiFailure(int httpStatus, String resultCodeId, String resultCode,
            String resultMsg) {
        String name = resultCode == null ? "" : resultCode;
        NextAction action;
        if (name.contains("PARAM") || name.contains("ILLEGAL") || name.contains("INVALID")) {
            action = NextAction.FIX_REQUEST;
        } else if (name.contains("SIGNATURE") || name.contains("ACCESS_DENIED") || name.contains("CLIENT")) {
            action = NextAction.FIX_CREDENTIALS;
        } else {
            action = NextAction.DO_NOT_RETRY;
        }
        return new ResponseCode(resultCodeId, httpStatus, null, null, resultCode, resultMsg,
                "refused: " + (resultCode == null ? "failure" : resultCode), OutcomeKind.FAILURE, action, false);
    }

    /**
     * Decodes a NICEPAY {@code resultCd}: {@code 0000} is success, anything else a failure.
     *
     * @param httpStatus the HTTP status of the response
     * @param resultCd four digits
     * @param resultMsg NICEPAY's message
     * @return the decoded code
     */
    public ResponseCode nicepay(int httpStatus, String resultCd, String resultMsg) {
        return nicepay(null, httpStatus, resultCd, resultMsg);
    }

    /**
     * @param operationId the operation (its catalogue entry first), or null
     * @param httpStatus the HTTP status of the response
     * @param resultCd four digits
     * @param resultMsg NICEPAY's message
     * @return the decoded code
     */
    public ResponseCode nicepay(String operationId, int httpStatus, String resultCd, String resultMsg) {
        boolean ok = "0000".equals(resultCd);
        ResponseCode decoded = new ResponseCode(resultCd, httpStatus, null, null, ok ? "SUCCESS" : "FAILED", resultMsg,
                ok ? "success" : "refused by NICEPAY: do not resend unchanged",
                ok ? OutcomeKind.SUCCESS : OutcomeKind.FAILURE, ok ? NextAction.NONE : NextAction.DO_NOT_RETRY, ok);
        return enrich(decoded, operationKey(operationId, resultCd), false);
    }

    /**
     * Decodes from the HTTP status alone, when the body carried no code (empty, HTML, other JSON).
     *
     * @param httpStatus the response status
     * @param serviceCode the operation's SNAP service code, or null
     * @return the decoded code, with {@code code == null}
     */
    public ResponseCode httpOnly(int httpStatus, String serviceCode) {
        Generic generic = Generic.of(httpStatus, null);
        OutcomeKind kind = generic.kind;
        NextAction action = generic.action;
        if (kind == OutcomeKind.SUCCESS) {
            // A 2xx without a readable code cannot prove the operation happened.
            kind = OutcomeKind.UNKNOWN;
            action = NextAction.QUERY_STATUS;
        }
        return new ResponseCode(null, httpStatus, serviceCode, null, generic.name, null,
                "HTTP " + httpStatus + " without a DANA result code: " + generic.meaning, kind, action,
                generic.retrySafe);
    }

    /** SNAP codes take the catalogue's title as their name; Open API and NICEPAY keep DANA's own result code. */
    private ResponseCode enrich(ResponseCode decoded, String key, boolean titleFromCatalogue) {
        CatalogueEntry entry = key == null ? null : entries.get(key);
        if (entry == null) {
            return decoded;
        }
        NextAction action = entry.action() == null ? decoded.action() : entry.action();
        boolean retrySafe = action == NextAction.RETRY || action == NextAction.RETRY_LATER
                || action == NextAction.QUERY_STATUS || decoded.kind() == OutcomeKind.SUCCESS;
        return new ResponseCode(decoded.code(), decoded.httpStatus(), decoded.serviceCode(), decoded.caseCode(),
                entry.title() == null || !titleFromCatalogue ? decoded.name() : entry.title(), decoded.message(),
                entry.meaning() == null ? decoded.meaning() : entry.meaning(), decoded.kind(), action, retrySafe);
    }

    /** The SNAP standard's meaning of a status (and a few case codes that change what to do). */
    private record Generic(String name, String meaning, OutcomeKind kind, NextAction action, boolean retrySafe) {

        static Generic of(int status, String caseCode) {
            if (status == 202) {
                return new Generic("Request In Progress", "accepted, final result pending: query the status",
                        OutcomeKind.UNKNOWN, NextAction.QUERY_STATUS, true);
            }
            if (status >= 200 && status < 300) {
                return new Generic("Successful", "success", OutcomeKind.SUCCESS, NextAction.NONE, true);
            }
            return switch (status) {
                case 400 -> new Generic(badRequestName(caseCode), "the request was refused: correct it, do not resend "
                        + "it as is", OutcomeKind.FAILURE, NextAction.FIX_REQUEST, false);
                case 401 -> new Generic(unauthorizedName(caseCode), "signature, client, timestamp or customer token "
                        + "refused: fix the credentials or bind again", OutcomeKind.FAILURE,
                        NextAction.FIX_CREDENTIALS, false);
                case 403 -> new Generic("Forbidden", "refused for the account or transaction (limits, status): do "
                        + "not retry", OutcomeKind.FAILURE, NextAction.DO_NOT_RETRY, false);
                case 404 -> "18".equals(caseCode)
                        ? new Generic("Inconsistent Request", "same partnerReferenceNo with different content: fix "
                                + "the request", OutcomeKind.FAILURE, NextAction.FIX_REQUEST, false)
                        : new Generic("Not Found", "the transaction, account or resource does not exist",
                                OutcomeKind.FAILURE, NextAction.DO_NOT_RETRY, false);
                case 405 -> new Generic("Not Allowed", "operation not allowed for this partner",
                        OutcomeKind.FAILURE, NextAction.DO_NOT_RETRY, false);
                case 409 -> new Generic("Conflict", "conflicts with an earlier request (duplicate reference): query "
                        + "the status of the original", OutcomeKind.FAILURE, NextAction.QUERY_STATUS, false);
                case 429 -> new Generic("Too Many Requests", "rate limited: retry later, spaced out",
                        OutcomeKind.FAILURE, NextAction.RETRY_LATER, true);
                default -> status >= 500
                        ? new Generic(status == 504 ? "Timeout" : "Server Error", "DANA-side trouble, result unknown: "
                                + "retry the same request, then query the status", OutcomeKind.UNKNOWN,
                                NextAction.RETRY, true)
                        : new Generic("HTTP " + status, "unexpected client error", OutcomeKind.FAILURE,
                                NextAction.DO_NOT_RETRY, false);
            };
        }

        private static String badRequestName(String caseCode) {
            if ("01".equals(caseCode)) {
                return "Invalid Field Format";
            }
            return "02".equals(caseCode) ? "Invalid Mandatory Field" : "Bad Request";
        }

        private static String unauthorizedName(String caseCode) {
            if ("02".equals(caseCode)) {
                return "Invalid Customer Token";
            }
            return "04".equals(caseCode) ? "Customer Token Not Found" : "Unauthorized";
        }
    }

    @Override
    public String toString() {
        return "ResponseCodeCatalog[" + entries.size() + " codes]";
    }
}
