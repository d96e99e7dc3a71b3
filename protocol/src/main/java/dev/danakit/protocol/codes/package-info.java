/**
 * DANA's result codes as one typed API: SNAP seven-digit codes, Open API {@code resultInfo}, NICEPAY
 * {@code resultCd}, decoded into a {@link dev.danakit.protocol.codes.ResponseCode} and enriched from the
 * response-code catalogue that dana-api ships ({@code dana/response-codes.yaml}).
 */
package dev.danakit.protocol.codes;
