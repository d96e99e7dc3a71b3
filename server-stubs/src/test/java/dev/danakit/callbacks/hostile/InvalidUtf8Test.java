package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.Dana;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Byte sequences that are not UTF-8 inside a string value of a valid callback (signed over those bytes). */
class InvalidUtf8Test extends HostileInputTest {

    static Stream<Arguments> cases() {
        // truncated 2-byte sequence, a byte never used in UTF-8, an overlong '/', an encoded UTF-16 surrogate
        String[] sequences = {"c328", "ff", "c0af", "eda080"};
        return Stream.of(Callback.values()).flatMap(c -> Stream.of(sequences).map(s -> Arguments.of(c, s)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
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
