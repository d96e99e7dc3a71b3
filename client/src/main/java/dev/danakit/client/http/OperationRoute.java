package dev.danakit.client.http;

import java.util.Objects;

/**
 * One operation as its spec describes it.
 *
 * @param operationId the spec's operationId
 * @param method HTTP method, upper case
 * @param path the relative path, e.g. {@code /rest/v1.1/qr/apply-ott}
 * @param style how it is signed and answered
 * @param serviceCode SNAP service code ({@code x-dana-service-code}), or null
 * @param function Open API function ({@code x-dana-function}), or null
 */
public record OperationRoute(String operationId, String method, String path, OperationStyle style,
        String serviceCode, String function) {

    /**
     * Checks what every style needs.
     */
    public OperationRoute {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(style, "style");
        if (style == OperationStyle.OPEN_API && (function == null || function.isBlank())) {
            throw new IllegalArgumentException(operationId + ": an open-api operation needs x-dana-function");
        }
    }
}
