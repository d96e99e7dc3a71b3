package dev.danakit.callbacks.hostile;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** No body at all, or only whitespace. */
class EmptyBodyTest extends HostileInputTest {

    static Stream<Arguments> cases() {
        return everyCallbackWith("", "   ", "\r\n\t");
    }

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @MethodSource("cases")
    void refusedAsBadRequest(Callback callback, String body) {
        refusedAsBadRequest(callback, sendRaw(callback, Documents.utf8(body)), "body is empty");
    }
}
