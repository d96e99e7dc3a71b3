package dev.danakit.client.http;

import dev.danakit.client.outcome.DanaClientException;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.outcome.RequestValidationException;
import dev.danakit.client.outcome.ResponseSignatureException;
import dev.danakit.client.outcome.TransportError;
import dev.danakit.protocol.codes.NextAction;
import dev.danakit.protocol.codes.OutcomeKind;
import dev.danakit.protocol.codes.ResponseCode;
import dev.danakit.protocol.operations.DanaOperation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one logical call as up to {@link RetryPolicy#maxAttempts()} attempts, each a fresh {@link Call} through the
 * {@link CallPath}, and turns the last one into an {@link Outcome}.
 *
 * <p>DANA's rules: a timeout, a broken connection or a response whose code says retry is sent again, unchanged
 * (so the same {@code partnerReferenceNo}), with a fresh X-EXTERNAL-ID per attempt unless the caller pinned one.
 * A definite failure is retried only for idempotent calls and only when its code says retry (rate limiting). When
 * the attempts run out on an unknown result, the outcome says: query the status. Pauses between attempts follow
 * {@link RetryPolicy#backoffAfter(int, RandomGenerator)} (full jitter).
 */
public final class CallExecutor {

    /** One attempt: the caller's use of a generated API bound to the attempt's exchange. */
    @FunctionalInterface
    public interface Attempt<T> {
        /**
         * @param exchange the exchange of this attempt
         * @return what the generated method returned
         * @throws Exception what the generated method threw
         */
        T run(ApiExchange exchange) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);

    private final CallPath path;
    private final RetryPolicy retryPolicy;
    private final RandomGenerator random;
    private final CallListener listener;
    private final SecretMasker outcomeMasker;

    /**
     * @param path the call path
     * @param retryPolicy attempts and backoff
     * @param random the jitter's random source
     * @param listener observes each attempt
     * @param masker renders undecodable bodies for outcomes
     */
    public CallExecutor(CallPath path, RetryPolicy retryPolicy, RandomGenerator random, CallListener listener,
            SecretMasker masker) {
        this.path = path;
        this.retryPolicy = retryPolicy;
        this.random = random;
        this.listener = listener;
        this.outcomeMasker = masker;
    }

    /**
     * @param pinnedExternalId X-EXTERNAL-ID for every attempt, or null for a fresh one each time
     * @param idempotent whether a definite failure that says "retry" may be retried
     * @param attempt runs one generated API method against the attempt's exchange
     * @param <T> the response model
     * @return the typed outcome
     * @throws RequestValidationException if the request breaks the spec (nothing was sent)
     * @throws ResponseSignatureException if DANA's response signature does not verify
     */
    public <T> Outcome<T> execute(String pinnedExternalId, boolean idempotent, Attempt<T> attempt) {
        List<String> externalIds = new ArrayList<>();
        for (int number = 1;; number++) {
            Call call = new Call(number, pinnedExternalId != null ? pinnedExternalId : path.freshExternalId());
            T value = null;
            Exception failure = null;
            try {
                value = attempt.run(path.exchangeFor(call));
            } catch (RequestValidationException | ResponseSignatureException typed) {
                throw typed;
            } catch (Exception e) {
                failure = e;
            }
            if (call.stage() != Call.Stage.DECODED && call.transportError() == null) {
                throw notRun(call, failure);
            }
            externalIds.add(call.externalId());
            boolean last = number >= retryPolicy.maxAttempts();
            Outcome<T> outcome;
            boolean retry;
            if (call.answered()) {
                ResponseCode code = call.code();
                // the raw body is kept only when no code could be read from it (HTML, empty, other JSON)
                String raw = ResponseDecoder.fromBody(code) ? null : outcomeMasker.body(call.responseBytes());
                outcome = Outcome.ofResponse(failure == null ? value : null, code, call.status(), raw, externalIds);
                retry = retryable(code, idempotent);
            } else {
                outcome = Outcome.ofTransportError(call.transportError(),
                        transportCode(call.transportError(), call.operation()), externalIds);
                retry = true;
            }
            boolean willRetry = retry && !last;
            report(call, outcome, willRetry);
            if (!willRetry) {
                return retry ? exhausted(outcome) : outcome;
            }
            if (!pause(retryPolicy.backoffAfter(number, random))) {
                return exhausted(outcome);
            }
        }
    }

    /** The attempt did not go through the path to its end: the caller's code or the path itself refused. */
    private static RuntimeException notRun(Call call, Exception failure) {
        if (failure == null) {
            return new IllegalStateException(call.operation() == null
                    ? "the call made no request through this client" : "the call stopped at " + call.stage());
        }
        return failure instanceof RuntimeException runtime ? runtime
                : new DanaClientException("request not sent: " + failure.getClass().getName(), failure);
    }

    private static boolean retryable(ResponseCode code, boolean idempotent) {
        return switch (code.kind()) {
            case SUCCESS -> false;
            case UNKNOWN -> code.action() == NextAction.RETRY;
            case FAILURE -> idempotent
                    && (code.action() == NextAction.RETRY || code.action() == NextAction.RETRY_LATER);
        };
    }

    private static <T> Outcome<T> exhausted(Outcome<T> outcome) {
        if (outcome.kind() != OutcomeKind.UNKNOWN) {
            return outcome;
        }
        ResponseCode code = outcome.code().with(OutcomeKind.UNKNOWN, NextAction.QUERY_STATUS,
                "result unknown after " + outcome.attempts() + " attempt(s): query the status of this "
                        + "partnerReferenceNo before trying anything else");
        return outcome.transportError().isPresent()
                ? Outcome.ofTransportError(outcome.transportError().get(), code, outcome.externalIds())
                : Outcome.ofResponse(outcome.value().orElse(null), code, outcome.httpStatus(),
                        outcome.rawBody().orElse(null), outcome.externalIds());
    }

    private static ResponseCode transportCode(TransportError error, DanaOperation operation) {
        if (!error.maybeProcessed()) {
            return new ResponseCode(null, 0, operation.serviceCode(), null, "Not Sent",
                    null, "the connection could not be opened; DANA did not receive the request",
                    OutcomeKind.FAILURE, NextAction.RETRY_LATER, true);
        }
        return new ResponseCode(null, 0, operation.serviceCode(), null, error == TransportError.TIMEOUT ? "Timeout"
                : "Connection Lost", null, "no response; DANA may have processed the request: retry the same "
                        + "request", OutcomeKind.UNKNOWN, NextAction.RETRY, true);
    }

    private void report(Call call, Outcome<?> outcome, boolean willRetry) {
        DanaOperation operation = call.operation();
        Duration latency = Duration.ofNanos(call.latencyNanos());
        AttemptEvent event = new AttemptEvent(operation.operationId(), operation.method(), operation.path(),
                call.attempt(), call.externalId(), outcome.httpStatus(), outcome.code(),
                outcome.transportError().orElse(null), latency, willRetry, call.stages());
        if (outcome.transportError().isPresent()) {
            LOG.warn("{} {} externalId={} attempt={} transportError={} latencyMs={} willRetry={}", event.method(),
                    event.path(), event.externalId(), call.attempt(), event.transportError(), latency.toMillis(),
                    willRetry);
        } else if (willRetry) {
            LOG.info("{} {} externalId={} attempt={} responseCode={} willRetry=true", event.method(), event.path(),
                    event.externalId(), call.attempt(), outcome.code().code() == null ? "HTTP " + outcome.httpStatus()
                            : outcome.code().code());
        }
        try {
            listener.onAttempt(event);
        } catch (RuntimeException e) {
            LOG.warn("call listener failed: {}", e.getClass().getName());
        }
    }

    private static boolean pause(Duration pause) {
        try {
            TimeUnit.NANOSECONDS.sleep(pause.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
