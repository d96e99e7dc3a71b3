/**
 * The sandbox's QRIS acquiring: dynamic QRIS (MPM) payloads and their payment by a customer, customer payment
 * codes (CPM) with their outcomes, and the QRIS-shaped Finish Notify DANA sends for a paid QRIS.
 */
package dev.danakit.sandbox.qris;
