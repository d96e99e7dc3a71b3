/** Tolerant binding of verified notifications: production shapes bound, deviations listed, identity and money strict. */
package dev.danakit.callbacks.binding;
