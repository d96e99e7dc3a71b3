package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.Dana;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A member given twice, at the top and nested (signed over those bytes): the copy the handler would read
 * could differ from the one a person or a log sees, so such documents are refused.
 */
class DuplicateKeysTest extends HostileInputTest {

    @ParameterizedTest(name = "{0}: top level={1}")
    @EveryCallbackWith(booleans = {true, false})
    void refusedAsBadRequest(Callback callback, boolean topLevel) {
        switch (callback) {
            case FINISH_NOTIFY -> {
                String body = text(Documents.bytes(Documents.finish()));
                body = topLevel ? "{\"latestTransactionStatus\":\"06\"," + body.substring(1)
                        : body.replace("\"amount\":{", "\"amount\":{\"value\":\"1.00\",");
                refusedSnap(finishSigned(Documents.utf8(body)), "4005600", "not well-formed JSON");
            }
            case UNBIND_NOTIFY -> {
                String value = text(Documents.bytes(Documents.unbindValue()));
                byte[] envelope = topLevel
                        ? Documents.utf8("{\"request\":" + value + ",\"request\":" + value + ",\"signature\":\""
                                + Dana.read(Dana.SIGNER.openApiRequest(Documents.utf8(value))).path("signature").asText()
                                + "\"}")
                        : Dana.SIGNER.openApiRequest(Documents.utf8(value.replace("\"head\":{",
                                "\"head\":{\"reqMsgId\":\"other\",")));
                refusedOpenApi(unbindRaw(envelope), "not well-formed JSON");
            }
            case NICEPAY -> {
                String body = text(Documents.bytes(Documents.nicepay()));
                body = topLevel ? "{\"userToken\":\"someone-else\"," + body.substring(1)
                        : "{\"extra\":{\"a\":1,\"a\":2}," + body.substring(1);
                refusedNicepay(nicepay(Documents.utf8(body)), 400, "9002", "not well-formed JSON");
            }
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
