package dev.danakit.callbacks.hostile;

import org.junit.jupiter.params.ParameterizedTest;

/** No body at all, or only whitespace. */
class EmptyBodyTest extends HostileInputTest {

    @ParameterizedTest(name = "{0}: \"{1}\"")
    @EveryCallbackWith(strings = {"", "   ", "\r\n\t"})
    void refusedAsBadRequest(Callback callback, String body) {
        refusedAsBadRequest(callback, sendRaw(callback, Documents.utf8(body)), "body is empty");
    }
}
