/**
 * Signature schemes of the DANA and NICEPAY APIs, computed over exact bytes.
 *
 * <p>This module depends on the JDK, Bouncy Castle and Jackson's streaming parser only; it knows
 * nothing of HTTP frameworks or generated code.
 */
package dev.danakit.signing;
