package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** A valid (signed) callback sent with a wrong or missing Content-Type. */
class ContentTypeTest extends HostileInputTest {

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @EveryCallbackWith(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
        "application/json; charset=ISO-8859-1", ""})
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
