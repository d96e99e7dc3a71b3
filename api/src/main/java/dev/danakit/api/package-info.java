/**
 * dana-api holds no code: it is the DANA contract as resources on the classpath.
 * <ul>
 *   <li>{@code openapi/<product>.yaml}: one OpenAPI 3.0.3 spec per product (auth, widget, payment-gateway,
 *       disbursement, merchant-management, transaction-history, merchant-callbacks, nicepay-payloan), with
 *       bounded strings, an example on every request and answer, and security schemes that say how each
 *       request is signed;</li>
 *   <li>{@code openapi/components/*.yaml}: the pieces they share (SNAP headers and errors, the Open API
 *       envelope, money);</li>
 *   <li>{@code dana/response-codes.yaml}: every response code of every operation, with its meaning and the
 *       action it asks of the caller.</li>
 * </ul>
 * Every code in these files is a quoted string, so YAML 1.1 and YAML 1.2 parsers read the same values.
 * Contract changes are listed in the project's {@code api/CHANGELOG.md}.
 */
package dev.danakit.api;
