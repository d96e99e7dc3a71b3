package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.Dana;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** A valid, signed callback cut short on the way (the signature covers the whole body). */
class TruncatedBodyTest extends HostileInputTest {

    @ParameterizedTest(name = "{0}: cut {1}")
    @EveryCallbackWith(ints = {1, 2, 3})
    void refused(Callback callback, int cut) {
        switch (callback) {
            case FINISH_NOTIFY -> {
                byte[] body = Documents.bytes(Documents.finish());
                Map<String, String> headers = Dana.finishHeaders(body);
                refusedSnap(server.post(Dana.FINISH_PATH, headers, shorten(body, cut)), "4015600",
                        "X-SIGNATURE does not match");
            }
            case UNBIND_NOTIFY -> refusedOpenApi(unbindRaw(shorten(
                    Dana.SIGNER.openApiRequest(Documents.bytes(Documents.unbindValue())), cut)), "JSON");
            case NICEPAY -> refusedNicepay(nicepay(shorten(Documents.bytes(Documents.nicepay()), cut)), 400, "9002",
                    "JSON");
        }
    }

    /** Cut 1: the last byte; 2: half; 3: a few bytes. */
    private static byte[] shorten(byte[] body, int cut) {
        int length = switch (cut) {
            case 1 -> body.length - 1;
            case 2 -> body.length / 2;
            default -> 5;
        };
        return Arrays.copyOf(body, length);
    }
}
