package dev.danakit.callbacks.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusals;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The filter's one-scan text check refuses exactly what the JDK's strict UTF-8 decoder refuses (overlong forms,
 * surrogates, code points above U+10FFFF, stray or missing continuation bytes), and a raw control character first.
 */
class Utf8CheckTest {

    /** Bytes around every boundary of RFC 3629's table, so that random sequences hit each edge often. */
    private static final int[] EDGES = {0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF};

    @Test
    void agreesWithTheJdkDecoderOnEveryRandomSequence() {
        Random random = new Random(20261201L);
        int refused = 0;
        for (int n = 0; n < 200_000; n++) {
            byte[] body = new byte[1 + random.nextInt(6)];
            for (int i = 0; i < body.length; i++) {
                body[i] = (byte) EDGES[random.nextInt(EDGES.length)];
            }
            boolean jdkRefuses = !decodes(body);
            boolean kitRefuses = refusesAsNotUtf8(body);
            assertEquals(jdkRefuses, kitRefuses, () -> "disagree on " + java.util.HexFormat.of().formatHex(body));
            refused += kitRefuses ? 1 : 0;
        }
        // both outcomes must have been exercised for the comparison to mean anything
        int accepted = 200_000 - refused;
        assertTrue(refused > 1_000 && accepted > 1_000, "refused " + refused + ", accepted " + accepted);
    }

    @Test
    void aControlCharacterIsNamedBeforeMalformedUtf8() {
        Refusal refusal = assertThrows(Refusal.class,
                () -> CallbackVerificationFilter.checkText(new byte[] {'{', (byte) 0xC0, 0x01, '}'}));
        assertEquals(Refusal.Kind.BAD_REQUEST, refusal.kind());
        assertEquals("body contains a raw control character", refusal.detail());
    }

    @Test
    void wellFormedTextOfEveryLengthPasses() {
        CallbackVerificationFilter.checkText("{\"a\":\"é中𝄞\\t\"}\r\n".getBytes(StandardCharsets.UTF_8));
        Refusal refusal = assertThrows(Refusal.class, () -> CallbackVerificationFilter.checkText(
                new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}));
        assertEquals(Refusal.Kind.BAD_REQUEST, refusal.kind());
        assertEquals(Refusals.NOT_UTF8, refusal.detail());
    }

    private static boolean refusesAsNotUtf8(byte[] body) {
        try {
            CallbackVerificationFilter.checkText(body);
            return false;
        } catch (Refusal refusal) {
            assertEquals(Refusal.Kind.BAD_REQUEST, refusal.kind());
            assertEquals(Refusals.NOT_UTF8, refusal.detail());
            return true;
        }
    }

    private static boolean decodes(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
