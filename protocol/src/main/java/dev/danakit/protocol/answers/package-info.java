/**
 * DANA's answer formats, written once: SNAP {@code responseCode}/{@code responseMessage}, signed Open API envelopes
 * (the response {@code head} and {@code resultInfo}) and NICEPAY {@code resultCd}/{@code resultMsg}. Answers are
 * bytes, a status and headers ({@link dev.danakit.protocol.answers.DanaAnswer}); the web layers wrap them.
 */
package dev.danakit.protocol.answers;
