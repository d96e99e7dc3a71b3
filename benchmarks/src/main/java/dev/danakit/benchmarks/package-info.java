/**
 * JMH benchmarks for the signing module; run with {@code java -jar benchmarks/target/benchmarks.jar}.
 */
package dev.danakit.benchmarks;
