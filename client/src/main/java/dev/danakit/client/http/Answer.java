package dev.danakit.client.http;

import java.util.List;
import java.util.Map;

/**
 * What an {@link ApiExchange} hands back to a generated API method.
 *
 * @param status the HTTP status
 * @param headers the response headers
 * @param value the answer decoded into the operation's response model, or null (not a success, or unreadable)
 * @param body the raw answer as text when it is not a success (for the generated ApiException), else null
 * @param <T> the response model
 */
public record Answer<T>(int status, Map<String, List<String>> headers, T value, String body) {

    /** @return whether the answer is a 2xx whose model could be read */
    public boolean successful() {
        return status / 100 == 2 && body == null;
    }
}
