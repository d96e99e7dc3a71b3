package dev.danakit.client;

/**
 * One call of a generated API method, e.g. {@code api -> api.applyOtt(token, device, request, ip, lat, lon)}.
 *
 * @param <A> the generated API class
 * @param <T> its response model
 */
@FunctionalInterface
public interface ApiCall<A, T> {

    /**
     * @param api the wired generated API
     * @return the response model
     * @throws Exception the generated ApiException, or a Jersey processing failure
     */
    T invoke(A api) throws Exception;
}
