package dev.danakit.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the template puts in every generated API class ({@code BINDING}) so that {@code DanaClient} can wire it
 * without one block of code per product: the API type, its constructor over an {@link ApiExchange}, the generated
 * mapper of its product, and the spec paths of its operations (looked up in the protocol's operation table).
 *
 * @param type the generated API class
 * @param constructor makes an instance bound to an exchange
 * @param mapper makes the product's generated ObjectMapper
 * @param paths the spec paths of the API's operations
 * @param <A> the generated API class
 */
public record ApiBinding<A>(Class<A> type, Function<ApiExchange, A> constructor, Supplier<ObjectMapper> mapper,
        List<String> paths) {

    /**
     * Checks the parts.
     */
    public ApiBinding {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(constructor, "constructor");
        Objects.requireNonNull(mapper, "mapper");
        paths = List.copyOf(paths);
    }

    /**
     * @param exchange the call path
     * @return the API bound to it
     */
    public A bind(ApiExchange exchange) {
        return constructor.apply(exchange);
    }
}
