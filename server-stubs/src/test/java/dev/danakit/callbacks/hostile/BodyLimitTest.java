package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.Dana;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A body one byte over the limit, with a Content-Length and chunked (no length announced). */
class BodyLimitTest extends HostileInputTest {

    static Stream<Arguments> cases() {
        return everyCallbackWith(true, false);
    }

    @ParameterizedTest(name = "{0}: chunked={1}")
    @MethodSource("cases")
    void refusedAsBadRequest(Callback callback, boolean chunked) {
        StringBuilder json = new StringBuilder("{\"padding\":\"");
        while (json.length() < MAX_BODY_BYTES - 1) {
            json.append('x');
        }
        byte[] body = Documents.utf8(json.append("\"}").toString());
        String path = switch (callback) {
            case FINISH_NOTIFY -> Dana.FINISH_PATH;
            case UNBIND_NOTIFY -> Dana.UNBIND_PATH;
            case NICEPAY -> Dana.NICEPAY_PATH;
        };
        Map<String, String> headers = callback == Callback.FINISH_NOTIFY ? Dana.finishHeaders(body) : Map.of();
        HttpRequest.Builder request = server.request(path).header("Content-Type", "application/json")
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        refusedAsBadRequest(callback, server.send(request.build()), "body exceeds " + MAX_BODY_BYTES + " bytes");
    }
}
