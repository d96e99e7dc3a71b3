/** Exactly-once wrappers around the merchant's implementations of the generated callback interfaces. */
package dev.danakit.callbacks.delivery;
