package dev.danakit.callbacks.hostile;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies that are not JSON, or not one JSON object (signed by DANA where the callback is signed). */
class MalformedJsonTest extends HostileInputTest {

    static Stream<Arguments> cases() {
        String[] bodies = {"{", "{\"originalPartnerReferenceNo\":}", "not json", "{\"a\":1}}", "nul", "[]",
            "\"just a string\""};
        return everyCallbackWith((Object[]) bodies);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void refusedAsBadRequest(Callback callback, String body) {
        refusedAsBadRequest(callback, sendRaw(callback, Documents.utf8(body)), "body");
    }
}
