/**
 * The operation table: every operation of every spec in dana-api with its path, method, style, SNAP service code,
 * Open API function and request/response types. The rows are generated at build time from the specs
 * ({@code dev.danakit.protocol.generated}); nothing here is typed by hand.
 */
package dev.danakit.protocol.operations;
