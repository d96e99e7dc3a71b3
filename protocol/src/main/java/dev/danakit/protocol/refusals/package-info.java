/**
 * What went wrong with a request, in DANA's terms: a {@link dev.danakit.protocol.refusals.Refusal} (its kind and
 * the field or reason it names), made from exceptions, signature failures and Bean Validation violations in one
 * place, so the callback stubs and the sandbox classify every failure alike.
 */
package dev.danakit.protocol.refusals;
