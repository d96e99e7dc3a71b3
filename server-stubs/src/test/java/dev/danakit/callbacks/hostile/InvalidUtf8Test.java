package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.Dana;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;

/** Byte sequences that are not UTF-8 inside a string value of a valid callback (signed over those bytes). */
class InvalidUtf8Test extends HostileInputTest {

    // truncated 2-byte sequence, a byte never used in UTF-8, an overlong '/', an encoded UTF-16 surrogate
    @ParameterizedTest(name = "{0}: {1}")
    @EveryCallbackWith(strings = {"c328", "ff", "c0af", "eda080"})
    void refusedAsBadRequest(Callback callback, String hex) {
        byte[] bad = HexFormat.of().parseHex(hex);
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(finishSigned(inject(Documents.bytes(Documents.finish()), "STORE-001", bad)),
                    "4005600", "not valid UTF-8");
            case UNBIND_NOTIFY -> refusedOpenApi(unbindRaw(Dana.SIGNER.openApiRequest(
                    inject(Documents.bytes(Documents.unbindValue()), "2.0", bad))), "not valid UTF-8");
            case NICEPAY -> refusedNicepay(nicepay(inject(Documents.bytes(Documents.nicepay()), "Token is deactivated",
                    bad)), 400, "9002", "not valid UTF-8");
        }
    }

    /** UTF-16 (which a JSON parser may guess from NUL bytes) and raw NUL bytes are refused before parsing. */
    @ParameterizedTest(name = "{0}: {1}")
    @EveryCallbackWith(strings = {"UTF-16LE", "UTF-16BE", "NUL in a string"})
    void otherEncodingsAndRawControlCharactersAreRefused(Callback callback, String encoding) {
        byte[] utf8 = switch (callback) {
            case FINISH_NOTIFY -> Documents.bytes(Documents.finish());
            case UNBIND_NOTIFY -> Dana.SIGNER.openApiRequest(Documents.bytes(Documents.unbindValue()));
            case NICEPAY -> Documents.bytes(Documents.nicepay());
        };
        String text = new String(utf8, StandardCharsets.UTF_8);
        byte[] body = switch (encoding) {
            case "UTF-16LE" -> text.getBytes(StandardCharsets.UTF_16LE);
            case "UTF-16BE" -> text.getBytes(StandardCharsets.UTF_16BE);
            default -> inject(utf8, callback == Callback.FINISH_NOTIFY ? "STORE-001"
                    : callback == Callback.UNBIND_NOTIFY ? "2.0" : "Token is deactivated", new byte[] {0});
        };
        refusedAsBadRequest(callback, sendRaw(callback, body), "control character");
    }

    /** Appends {@code bad} to the first string value equal to {@code text}. */
    private static byte[] inject(byte[] json, String text, byte[] bad) {
        String s = new String(json, StandardCharsets.UTF_8);
        int at = s.indexOf("\"" + text + "\"") + 1 + text.length();
        byte[] head = s.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = s.substring(at).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head);
        out.writeBytes(bad);
        out.writeBytes(tail);
        return out.toByteArray();
    }
}
