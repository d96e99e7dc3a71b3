/** JAX-RS plumbing of the callbacks: verification filter, ObjectMapper, response signing, exception mapping. */
package dev.danakit.callbacks.http;
