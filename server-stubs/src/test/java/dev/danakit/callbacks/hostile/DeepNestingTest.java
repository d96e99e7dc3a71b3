package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.callbacks.support.Dana;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;

/** A valid, signed callback with an extra member nested deeper than the parser allows. */
class DeepNestingTest extends HostileInputTest {

    @ParameterizedTest(name = "{0}: depth {1}")
    @EveryCallbackWith(ints = {40, 5000})
    void refusedAsBadRequest(Callback callback, int depth) {
        String nested = "[".repeat(depth) + "]".repeat(depth);
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(finishSigned(withExtra(Documents.finish(), nested)), "4005600",
                    "not well-formed JSON");
            case UNBIND_NOTIFY -> {
                String value = new String(Documents.bytes(Documents.unbindValue()), StandardCharsets.UTF_8);
                String deep = value.replace("\"body\":{", "\"body\":{\"extra\":" + nested + ",");
                refusedOpenApi(unbindRaw(Dana.SIGNER.openApiRequest(Documents.utf8(deep))), "not well-formed JSON");
            }
            case NICEPAY -> refusedNicepay(nicepay(withExtra(Documents.nicepay(), nested)), 400, "9002",
                    "not well-formed JSON");
        }
    }

    private static byte[] withExtra(ObjectNode doc, String rawJson) {
        String text = new String(Documents.bytes(doc), StandardCharsets.UTF_8);
        return Documents.utf8("{\"extra\":" + rawJson + "," + text.substring(1));
    }

}
