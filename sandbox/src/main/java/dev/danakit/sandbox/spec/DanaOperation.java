package dev.danakit.sandbox.spec;

/**
 * One operation as the spec describes it, with DANA's vendor extensions.
 *
 * @param spec the spec file name, e.g. {@code widget.yaml}
 * @param path the relative path, e.g. {@code /rest/v1.1/qr/apply-ott}
 * @param operationId the spec's operationId
 * @param style {@code x-dana-style}
 * @param serviceCode {@code x-dana-service-code} (two digits), or {@code null}
 * @param function {@code x-dana-function}, or {@code null}
 */
public record DanaOperation(String spec, String path, String operationId, Style style, String serviceCode,
                            String function) {

    /** How an operation is signed and how it reports errors. */
    public enum Style {
        /** SNAP asymmetric signature, merchant to DANA. */
        SNAP_B2B,
        /** SNAP asymmetric signature plus a customer token. */
        SNAP_B2B2C,
        /** SNAP access-token signature over {@code clientId|X-TIMESTAMP}. */
        SNAP_TOKEN,
        /** DANA Open API signed envelope. */
        OPEN_API,
        /** NICEPAY merchant token. */
        NICEPAY;

        static Style of(String extension) {
            return valueOf(extension.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }
    }

    /** @return true for the SNAP styles, whose errors are {@code {responseCode, responseMessage}} */
    public boolean isSnap() {
        return style == Style.SNAP_B2B || style == Style.SNAP_B2B2C || style == Style.SNAP_TOKEN;
    }

    /**
     * @param httpStatus HTTP status
     * @param caseCode two-digit case code
     * @return the seven-digit SNAP response code, e.g. {@code 4014900}
     */
    public String responseCode(int httpStatus, String caseCode) {
        return httpStatus + (serviceCode == null ? "00" : serviceCode) + caseCode;
    }
}
