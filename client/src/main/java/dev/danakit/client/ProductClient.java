package dev.danakit.client;

import dev.danakit.client.http.CallExecutor;
import dev.danakit.client.outcome.Outcome;
import jakarta.ws.rs.client.Client;
import java.util.Objects;

/**
 * The entry point of one DANA product: the generated API, wired with signing, headers, Jackson and Bean
 * Validation, plus {@link #call} for typed outcomes with DANA's retry rules.
 *
 * @param <A> the generated API class
 */
public final class ProductClient<A> implements AutoCloseable {

    private final String product;
    private final A api;
    private final CallExecutor executor;
    private final Client jersey;

    ProductClient(String product, A api, CallExecutor executor, Client jersey) {
        this.product = product;
        this.api = api;
        this.executor = executor;
        this.jersey = jersey;
    }

    /**
     * The wired generated API for direct use: signed and validated, but a non-2xx answer comes back as the
     * generated ApiException and there are no retries. Prefer {@link #call}.
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
     * @param options pinned external id, idempotency
     * @param call e.g. {@code api -> api.applyOtt(...)}
     * @param <T> the response model
     * @return the typed outcome
     */
    public <T> Outcome<T> call(CallOptions options, ApiCall<A, T> call) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(call, "call");
        return executor.execute(options.externalId(), options.idempotent(), () -> call.invoke(api));
    }

    @Override
    public void close() {
        jersey.close();
    }

    @Override
    public String toString() {
        return "ProductClient[" + product + "]";
    }
}
