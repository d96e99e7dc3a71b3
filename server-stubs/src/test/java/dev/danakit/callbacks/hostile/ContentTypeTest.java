package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A valid (signed) callback sent with a wrong or missing Content-Type. */
class ContentTypeTest extends HostileInputTest {

    static Stream<Arguments> cases() {
        String[] types = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "application/json; charset=ISO-8859-1", ""};
        return everyCallbackWith((Object[]) types);
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("cases")
    void refusedAsBadRequest(Callback callback, String contentType) {
        String path;
        byte[] body;
        Map<String, String> headers = Map.of();
        switch (callback) {
            case FINISH_NOTIFY -> {
                path = Dana.FINISH_PATH;
                body = Documents.bytes(Documents.finish());
                headers = Dana.finishHeaders(body);
            }
            case UNBIND_NOTIFY -> {
                path = Dana.UNBIND_PATH;
                body = Dana.SIGNER.openApiRequest(Documents.bytes(Documents.unbindValue()));
            }
            default -> {
                path = Dana.NICEPAY_PATH;
                body = Documents.bytes(Documents.nicepay());
            }
        }
        HttpRequest.Builder request = server.request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (!contentType.isEmpty()) {
            request.header("Content-Type", contentType);
        }
        Answer answer = server.send(request.build());
        refusedAsBadRequest(callback, answer, "Content-Type must be application/json");
    }
}
