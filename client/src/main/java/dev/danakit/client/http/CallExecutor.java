package dev.danakit.client.http;

import dev.danakit.client.outcome.DanaClientException;
import dev.danakit.client.outcome.NextAction;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.outcome.OutcomeKind;
import dev.danakit.client.outcome.RequestValidationException;
import dev.danakit.client.outcome.ResponseCode;
import dev.danakit.client.outcome.ResponseSignatureException;
import dev.danakit.client.outcome.TransportError;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one logical call as up to {@link RetryPolicy#maxAttempts()} HTTP attempts and turns the last one
 * into an {@link Outcome}.
 *
 * <p>DANA's rules: a timeout, a broken connection or a response whose code says retry is sent again,
 * unchanged (so the same {@code partnerReferenceNo}), with a fresh X-EXTERNAL-ID per attempt unless the
 * caller pinned one. A definite failure is retried only for idempotent calls and only when its code says
 * retry (rate limiting). When the attempts run out on an unknown result, the outcome says: query the status.
 */
public final class CallExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(CallExecutor.class);
    private static final Pattern MISSING_PARAMETER = Pattern.compile("Missing the required parameter '([^']+)'");
    private static final int RAW_BODY_CHARS = 512;

    private final CallScopes scopes;
    private final ResponseDecoder decoder;
    private final RetryPolicy retryPolicy;
    private final CallListener listener;
    private final SecretMasker outcomeMasker;

    /**
     * @param scopes the product's call scopes (shared with its filters)
     * @param decoder decodes codes
     * @param retryPolicy attempts and backoff
     * @param listener observes each attempt
     * @param masker renders undecodable bodies for outcomes
     */
    public CallExecutor(CallScopes scopes, ResponseDecoder decoder, RetryPolicy retryPolicy, CallListener listener,
            SecretMasker masker) {
        this.scopes = scopes;
        this.decoder = decoder;
        this.retryPolicy = retryPolicy;
        this.listener = listener;
        this.outcomeMasker = masker;
    }

    /**
     * @param pinnedExternalId X-EXTERNAL-ID for every attempt, or null for a fresh one each time
     * @param idempotent whether a definite failure that says "retry" may be retried
     * @param call invokes one generated API method
     * @param <T> the response model
     * @return the typed outcome
     * @throws RequestValidationException if the request breaks the spec (nothing was sent)
     * @throws ResponseSignatureException if DANA's response signature does not verify
     */
    public <T> Outcome<T> execute(String pinnedExternalId, boolean idempotent, Callable<T> call) {
        List<String> externalIds = new ArrayList<>();
        for (int attempt = 1;; attempt++) {
            CallScope scope = scopes.open(pinnedExternalId);
            T value = null;
            Throwable failure = null;
            try {
                value = call.call();
            } catch (Throwable t) {
                failure = t;
            } finally {
                scopes.close();
            }
            rethrowTyped(failure);
            if (scope.route == null) {
                throw notSent(failure);
            }
            externalIds.add(scope.externalId);
            boolean last = attempt >= retryPolicy.maxAttempts();
            Outcome<T> outcome;
            boolean retry;
            Duration latency;
            if (scope.exchange != null) {
                CallScope.Exchange exchange = scope.exchange;
                ResponseCode code = decoder.decode(scope.route, exchange.status(), exchange.body());
                // the raw body is kept only when no code could be read from it (HTML, empty, other JSON)
                String raw = ResponseDecoder.fromBody(code) ? null : outcomeMasker.body(exchange.body());
                outcome = Outcome.ofResponse(failure == null ? value : null, code, exchange.status(), raw, externalIds);
                retry = retryable(code, idempotent);
                latency = Duration.ofNanos(exchange.latencyNanos());
            } else {
                TransportError error = classify(failure);
                if (error == null) {
                    throw failure instanceof RuntimeException re ? re
                            : new DanaClientException(scope.route.operationId() + " failed: "
                                    + failure.getClass().getSimpleName(), failure);
                }
                outcome = Outcome.ofTransportError(error, transportCode(error, scope.route), externalIds);
                retry = true;
                latency = Duration.ofNanos(System.nanoTime() - scope.startNanos);
            }
            boolean willRetry = retry && !last;
            report(scope, attempt, outcome, latency, willRetry);
            if (!willRetry) {
                return retry ? exhausted(outcome) : outcome;
            }
            if (!pause(retryPolicy.backoffAfter(attempt))) {
                return exhausted(outcome);
            }
        }
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

    private static ResponseCode transportCode(TransportError error, OperationRoute route) {
        if (!error.maybeProcessed()) {
            return new ResponseCode(null, 0, route.serviceCode(), null, "Not Sent",
                    null, "the connection could not be opened; DANA did not receive the request",
                    OutcomeKind.FAILURE, NextAction.RETRY_LATER, true);
        }
        return new ResponseCode(null, 0, route.serviceCode(), null, error == TransportError.TIMEOUT ? "Timeout"
                : "Connection Lost", null, "no response; DANA may have processed the request: retry the same "
                        + "request", OutcomeKind.UNKNOWN, NextAction.RETRY, true);
    }

    private void report(CallScope scope, int attempt, Outcome<?> outcome, Duration latency, boolean willRetry) {
        AttemptEvent event = new AttemptEvent(scope.route.operationId(), scope.route.method(), scope.route.path(),
                attempt, scope.externalId, outcome.httpStatus(), outcome.code(),
                outcome.transportError().orElse(null), latency, willRetry);
        if (outcome.transportError().isPresent()) {
            LOG.warn("{} {} externalId={} attempt={} transportError={} latencyMs={} willRetry={}", event.method(),
                    event.path(), event.externalId(), attempt, event.transportError(), latency.toMillis(), willRetry);
        } else if (willRetry) {
            LOG.info("{} {} externalId={} attempt={} responseCode={} willRetry=true", event.method(), event.path(),
                    event.externalId(), attempt, outcome.code().code() == null ? "HTTP " + outcome.httpStatus()
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

    /** Our own exceptions arrive wrapped by Jersey (ProcessingException); unwrap and throw them as they are. */
    private static void rethrowTyped(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RequestValidationException || t instanceof ResponseSignatureException) {
                throw (DanaClientException) t;
            }
        }
    }

    /** The generated method refused before the filters ran, e.g. a required header argument was null. */
    private static RuntimeException notSent(Throwable failure) {
        if (failure == null) {
            return new IllegalStateException("the call made no request through this client");
        }
        Matcher missing = MISSING_PARAMETER.matcher(String.valueOf(failure.getMessage()));
        if (missing.find()) {
            return new RequestValidationException("request",
                    List.of(new RequestValidationException.Violation(missing.group(1), "must not be null")));
        }
        return failure instanceof RuntimeException re ? re
                : new DanaClientException("request not sent: " + failure.getClass().getSimpleName(), failure);
    }

    static TransportError classify(Throwable failure) {
        TransportError fallback = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpConnectTimeoutException) {
                return TransportError.CONNECT_FAILED;
            }
            if (t instanceof java.net.http.HttpTimeoutException) {
                return TransportError.TIMEOUT;
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return TransportError.CONNECT_FAILED;
            }
            if (t instanceof SocketTimeoutException) {
                String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                return message.contains("connect") ? TransportError.CONNECT_FAILED : TransportError.TIMEOUT;
            }
            if (t instanceof InterruptedIOException) {
                return TransportError.TIMEOUT;
            }
            if (t instanceof SocketException) {
                return TransportError.CONNECTION_RESET;
            }
            if (t instanceof java.io.IOException) {
                String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (message.contains("reset") || message.contains("closed") || message.contains("eof")
                        || message.contains("received no bytes")) {
                    return TransportError.CONNECTION_RESET;
                }
                fallback = TransportError.IO_ERROR;
            }
        }
        return fallback;
    }
}
