package dev.danakit.client;

import dev.danakit.client.http.ApiBinding;
import dev.danakit.client.http.CallExecutor;
import dev.danakit.client.http.CallPath;
import dev.danakit.client.outcome.Outcome;
import java.util.Objects;

/**
 * The entry point of one DANA product: the generated API bound to the client's call path (validation, signing,
 * sending, verification, decoding), plus {@link #call} for typed outcomes with DANA's retry rules.
 *
 * @param <A> the generated API class
 */
public final class ProductClient<A> {

    private final ApiBinding<A> binding;
    private final A api;
    private final CallExecutor executor;

    ProductClient(ApiBinding<A> binding, CallPath path, CallExecutor executor) {
        this.binding = binding;
        this.api = binding.bind(path.direct());
        this.executor = executor;
    }

    /**
     * The generated API for direct use: signed and validated, but a non-2xx answer comes back as the generated
     * ApiException, no answer as {@link dev.danakit.client.outcome.TransportException}, and there are no
     * retries. Prefer {@link #call}.
     *
     * @return the generated API
     */
    public A api() {
        return api;
    }

    /**
     * Calls with fresh external ids, retrying as DANA asks, and returns the typed outcome.
     *
     * @param call e.g. {@code api -> api.applyOtt(...)}
     * @param <T> the response model
     * @return success, failure or unknown, with the decoded code
     * @throws dev.danakit.client.outcome.RequestValidationException if the request breaks the spec (not sent)
     * @throws dev.danakit.client.outcome.ResponseSignatureException if DANA's signature does not verify
     */
    public <T> Outcome<T> call(ApiCall<A, T> call) {
        return call(CallOptions.defaults(), call);
    }

    /**
     * Each attempt gets its own instance of the generated API, bound to that attempt's call: what the call path
     * learns travels with the call, never beside it.
     *
     * @param options pinned external id, idempotency
     * @param call e.g. {@code api -> api.applyOtt(...)}
     * @param <T> the response model
     * @return the typed outcome
     */
    public <T> Outcome<T> call(CallOptions options, ApiCall<A, T> call) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(call, "call");
        return executor.execute(options.externalId(), options.idempotent(),
                exchange -> call.invoke(binding.bind(exchange)));
    }

    @Override
    public String toString() {
        return "ProductClient[" + binding.type().getName() + "]";
    }
}
