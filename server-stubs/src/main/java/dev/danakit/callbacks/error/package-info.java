/** DANA's, SNAP's and NICEPAY's answer formats for refused and unprocessed callbacks. */
package dev.danakit.callbacks.error;
