package dev.danakit.sandbox.http;

/**
 * A business refusal from a twin, in DANA's terms; the mapper turns it into the operation's own SNAP
 * code ({@code <status><service><case>}), Open API result or NICEPAY {@code resultCd}.
 */
public final class DanaRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;
    private final String caseCode;
    private final String resultCodeId;
    private final String resultCode;

    private DanaRejection(int httpStatus, String caseCode, String resultCodeId, String resultCode, String message) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.caseCode = caseCode;
        this.resultCodeId = resultCodeId;
        this.resultCode = resultCode;
    }

    /**
     * @param httpStatus HTTP status, e.g. 401
     * @param caseCode two-digit case code, e.g. {@code 04}
     * @param message DANA's response message, e.g. {@code Customer Token Not Found}
     * @return the SNAP refusal
     */
    public static DanaRejection snap(int httpStatus, String caseCode, String message) {
        return new DanaRejection(httpStatus, caseCode, null, null, message);
    }

    /**
     * @param resultCodeId e.g. {@code 12158006901}
     * @param resultCode e.g. {@code MERCHANT_NOT_EXIST}
     * @param message e.g. {@code Merchant not exist}
     * @return the Open API refusal (status F)
     */
    public static DanaRejection openApi(String resultCodeId, String resultCode, String message) {
        return new DanaRejection(200, null, resultCodeId, resultCode, message);
    }

    /**
     * @param resultCd NICEPAY's four-digit code, e.g. {@code 9001}
     * @param message NICEPAY's resultMsg, e.g. {@code Invalid merchantToken}
     * @return the NICEPAY refusal (HTTP 400)
     */
    public static DanaRejection nicepay(String resultCd, String message) {
        return new DanaRejection(400, null, null, resultCd, message);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String caseCode() {
        return caseCode;
    }

    public String resultCodeId() {
        return resultCodeId;
    }

    public String resultCode() {
        return resultCode;
    }
}
