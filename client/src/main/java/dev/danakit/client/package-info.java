/**
 * The merchant-facing DANA client: {@link dev.danakit.client.DanaClient} built from an immutable
 * {@link dev.danakit.client.DanaClientConfig}, one {@link dev.danakit.client.ProductClient} per product.
 */
package dev.danakit.client;
