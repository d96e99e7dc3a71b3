/**
 * Typed results of DANA calls: {@link dev.danakit.client.outcome.Outcome} (success, failure or unknown),
 * the decoded {@link dev.danakit.protocol.codes.ResponseCode} (dana-protocol) with its next action, and the client's own
 * exceptions.
 */
package dev.danakit.client.outcome;
