/**
 * Implementation details shared by the signing packages. Not API.
 */
package dev.danakit.signing.internal;
