package dev.danakit.protocol.operations;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One operation of a spec, as the spec describes it. Rows are generated from the specs; see {@link OperationTable}.
 *
 * @param spec the spec file, e.g. {@code widget.yaml}
 * @param operationId the spec's operationId (unique within its spec, not across specs)
 * @param method the HTTP method, upper case
 * @param path the relative path, e.g. {@code /rest/v1.1/qr/apply-ott}
 * @param style how it is signed and answered ({@code x-dana-style})
 * @param serviceCode the SNAP service code ({@code x-dana-service-code}), two digits, or {@code null}
 * @param function the Open API function ({@code x-dana-function}), or {@code null}
 * @param requestType the name of the request body's schema, or {@code null}
 * @param responseType the name of the success response's schema, or {@code null}
 */
public record DanaOperation(String spec, String operationId, String method, String path, OperationStyle style,
        String serviceCode, String function, String requestType, String responseType) {

    private static final Pattern SERVICE_CODE = Pattern.compile("\\d{2}");

    /**
     * Checks what every style needs: SNAP styles a two-digit service code, Open API a function.
     */
    public DanaOperation {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(style, "style");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException(operationId + ": path must start with /");
        }
        // An unquoted 09 in YAML reads as the number 9 (and 00 as 0): a service code is two digits, as text.
        if (serviceCode != null && !SERVICE_CODE.matcher(serviceCode).matches()) {
            throw new IllegalArgumentException(spec + " " + operationId + ": x-dana-service-code must be two digits "
                    + "in quotes, got " + serviceCode);
        }
        if (style.isSnap() && serviceCode == null) {
            throw new IllegalArgumentException(spec + " " + operationId + ": a SNAP operation needs x-dana-service-code");
        }
        if (style == OperationStyle.OPEN_API && (function == null || function.isBlank())) {
            throw new IllegalArgumentException(spec + " " + operationId + ": an open-api operation needs x-dana-function");
        }
    }

    /**
     * The factory the generated table calls, with the spec's own texts.
     *
     * @param spec the spec file
     * @param operationId the operationId
     * @param method the HTTP method
     * @param path the relative path
     * @param xDanaStyle the {@code x-dana-style} value
     * @param serviceCode the {@code x-dana-service-code} value, or {@code null}
     * @param function the {@code x-dana-function} value, or {@code null}
     * @param requestType the request schema name, or {@code null}
     * @param responseType the response schema name, or {@code null}
     * @return the operation
     * @throws IllegalArgumentException if the spec's values break the rules of the record
     */
    public static DanaOperation fromSpec(String spec, String operationId, String method, String path,
            String xDanaStyle, String serviceCode, String function, String requestType, String responseType) {
        if (xDanaStyle == null) {
            throw new IllegalArgumentException(spec + " " + operationId + ": x-dana-style is missing");
        }
        return new DanaOperation(spec, operationId, method, path, OperationStyle.fromSpec(xDanaStyle), serviceCode,
                function, requestType, responseType);
    }

    /** @return whether answers carry a SNAP {@code responseCode} */
    public boolean isSnap() {
        return style.isSnap();
    }

    /** @return how this operation is answered */
    public AnswerFormat answerFormat() {
        return style.answerFormat();
    }

    @Override
    public String toString() {
        return spec + " " + operationId + " " + method + " " + path + " " + style.specValue()
                + (serviceCode == null ? "" : " " + serviceCode) + (function == null ? "" : " " + function);
    }
}
