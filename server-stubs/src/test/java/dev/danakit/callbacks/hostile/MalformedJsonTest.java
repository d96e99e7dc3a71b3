package dev.danakit.callbacks.hostile;

import org.junit.jupiter.params.ParameterizedTest;

/** Bodies that are not JSON, or not one JSON object (signed by DANA where the callback is signed). */
class MalformedJsonTest extends HostileInputTest {

    @ParameterizedTest(name = "{0}: {1}")
    @EveryCallbackWith(strings = {"{", "{\"originalPartnerReferenceNo\":}", "not json", "{\"a\":1}}", "nul", "[]",
        "\"just a string\""})
    void refusedAsBadRequest(Callback callback, String body) {
        refusedAsBadRequest(callback, sendRaw(callback, Documents.utf8(body)), "body");
    }
}
