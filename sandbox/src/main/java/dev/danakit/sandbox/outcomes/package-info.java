/**
 * Every documented outcome on demand: the codes of {@code dana/response-codes.yaml}, the inputs that ask for
 * each (DANA's UAT accounts and amounts, reference numbers that begin with a code, amounts that spell one, and
 * the admin API), and the README's table computed from them.
 */
package dev.danakit.sandbox.outcomes;
