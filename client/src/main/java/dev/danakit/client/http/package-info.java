/**
 * The call path behind the generated APIs, one step after another on one explicit {@link dev.danakit.client.http.Call}:
 * sign ({@code RequestSigner}), send ({@code Sender}), verify, decode ({@link dev.danakit.client.http.ResponseDecoder});
 * retries with full jitter ({@link dev.danakit.client.http.CallExecutor}, {@link dev.danakit.client.http.RetryPolicy}),
 * attempt listeners and secret-masking logging (SLF4J only). Generated APIs reach it through
 * {@link dev.danakit.client.http.ApiExchange}.
 */
package dev.danakit.client.http;
