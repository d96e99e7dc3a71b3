/**
 * The HTTP layer around the generated clients: the signing filter and body interceptor, the response
 * capture and verification filter, retries ({@link dev.danakit.client.http.CallExecutor}), attempt
 * listeners and secret-masking logging (SLF4J only).
 */
package dev.danakit.client.http;
