package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.CallbackServer.Answer;
import java.net.http.HttpRequest;
import org.junit.jupiter.params.ParameterizedTest;

/** A callback path called with another method than POST. */
class WrongMethodTest extends HostileInputTest {

    @ParameterizedTest(name = "{0}: {1}")
    @EveryCallbackWith(strings = {"GET", "PUT", "DELETE"})
    void refused(Callback callback, String method) {
        HttpRequest.BodyPublisher body = "PUT".equals(method)
                ? HttpRequest.BodyPublishers.ofByteArray(Documents.bytes(Documents.nicepay()))
                : HttpRequest.BodyPublishers.noBody();
        Answer answer = server.send(jsonRequest(callback).method(method, body).build());
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(answer, "4055600", "Requested Function Is Not Supported");
            case UNBIND_NOTIFY -> refusedOpenApi(answer, "Bad Request");
            case NICEPAY -> refusedNicepay(answer, 400, "9002", "Invalid request");
        }
    }
}
