/**
 * DANA's protocol facts, each written once: the operation table generated from the specs
 * ({@link dev.danakit.protocol.operations}), the response-code catalogue ({@link dev.danakit.protocol.codes}) and
 * DANA's answer formats. Client, callback stubs and sandbox read them here instead of keeping copies.
 */
package dev.danakit.protocol;
