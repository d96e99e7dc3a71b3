package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.Dana;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** A body one byte over the limit, with a Content-Length and chunked (no length announced). */
class BodyLimitTest extends HostileInputTest {

    @ParameterizedTest(name = "{0}: chunked={1}")
    @EveryCallbackWith(booleans = {true, false})
    void refusedAsBadRequest(Callback callback, boolean chunked) {
        StringBuilder json = new StringBuilder("{\"padding\":\"");
        while (json.length() < MAX_BODY_BYTES - 1) {
            json.append('x');
        }
        byte[] body = Documents.utf8(json.append("\"}").toString());
        Map<String, String> headers = callback == Callback.FINISH_NOTIFY ? Dana.finishHeaders(body) : Map.of();
        HttpRequest.Builder request = jsonRequest(callback).POST(chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        refusedAsBadRequest(callback, server.send(request.build()), "body exceeds " + MAX_BODY_BYTES + " bytes");
    }
}
