/** The notification ledger: which notifications were processed, in memory or in PostgreSQL. */
package dev.danakit.callbacks.ledger;
