package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A callback path called with another method than POST. */
class WrongMethodTest extends HostileInputTest {

    static Stream<Arguments> cases() {
        return everyCallbackWith("GET", "PUT", "DELETE");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void refused(Callback callback, String method) {
        String path = switch (callback) {
            case FINISH_NOTIFY -> Dana.FINISH_PATH;
            case UNBIND_NOTIFY -> Dana.UNBIND_PATH;
            case NICEPAY -> Dana.NICEPAY_PATH;
        };
        HttpRequest.BodyPublisher body = "PUT".equals(method)
                ? HttpRequest.BodyPublishers.ofByteArray(Documents.bytes(Documents.nicepay()))
                : HttpRequest.BodyPublishers.noBody();
        Answer answer = server.send(server.request(path).header("Content-Type", "application/json")
                .method(method, body).build());
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(answer, "4055600", "Requested Function Is Not Supported");
            case UNBIND_NOTIFY -> refusedOpenApi(answer, "Bad Request");
            case NICEPAY -> refusedNicepay(answer, 400, "9002", "Invalid request");
        }
    }
}
