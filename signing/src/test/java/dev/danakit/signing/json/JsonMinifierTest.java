package dev.danakit.signing.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JsonMinifierTest {

    private static String min(String json) {
        return new String(JsonMinifier.minify(json.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void removesOnlyWhitespaceOutsideStrings() {
        assertEquals("{\"a b\":\" x \\t \",\"c\":[1,2,{\"d\":null}]}",
                min(" {\r\n\t\"a b\" :  \" x \\t \" ,\n \"c\" : [ 1 , 2 , { \"d\" : null } ] }\n"));
    }

    @Test
    void keepsEscapesVerbatim() {
        String json = "{\"u\":\"https:\\/\\/x\\/y\",\"e\":\"caf\\u00e9\",\"q\":\"say \\\"hi \\\" \",\"b\":\"\\\\\",\"n\":\"{\\\"a\\\": 1}\"}";
        assertEquals(json, min(json));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'{\"k\": \"ends with backslash \\\\\" , \"z\" : 1}' | '{\"k\":\"ends with backslash \\\\\",\"z\":1}'",
        "'[ \"\\\\\\\"  \" , 2 ]'                              | '[\"\\\\\\\"  \",2]'",
        "'{ \"é ü\" : \"日本 語\" }'                             | '{\"é ü\":\"日本 語\"}'",
        "''                                                    | ''",
        "'   '                                                 | ''"
    })
    void handlesBackslashRunsAndMultiByteUtf8(String input, String expected) {
        assertEquals(expected, min(input));
    }

    @Test
    void returnsTheSameArrayWhenNothingToRemove() {
        byte[] compact = "{\"a\":\"b c\"}".getBytes(StandardCharsets.UTF_8);
        assertSame(compact, JsonMinifier.minify(compact));
    }

    @Test
    void nullIsEmpty() {
        assertEquals(0, JsonMinifier.minify(null).length);
    }

    @Test
    void updateDigestEqualsDigestOfMinifiedBytes() throws Exception {
        byte[] pretty = "{\n  \"a\" : \"x  y\",\n  \"b\" : [ 1 ,\t2 ]\r\n}  ".getBytes(StandardCharsets.UTF_8);
        MessageDigest streamed = MessageDigest.getInstance("SHA-256");
        JsonMinifier.updateDigest(streamed, pretty);
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(JsonMinifier.minify(pretty));
        assertArrayEquals(expected, streamed.digest());
    }

    @Test
    void isMinifiedTellsWhetherAnythingWouldBeRemoved() {
        assertTrue(JsonMinifier.isMinified(null));
        assertTrue(JsonMinifier.isMinified(new byte[0]));
        assertTrue(JsonMinifier.isMinified(utf8("{\"a\":\"b c\\\" d\"}")));
        assertFalse(JsonMinifier.isMinified(utf8("{\"a\": 1}")));
        assertFalse(JsonMinifier.isMinified(utf8("{\"a\":\"b\"}\n")));
    }

    @Test
    void updateDigestOfNullIsTheEmptyHash() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        JsonMinifier.updateDigest(sha256, null);
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                HexFormat.of().formatHex(sha256.digest()));
    }

    @Test
    void rawControlCharactersAndWhitespaceInsideStringsAreKept() {
        // Raw tab, CR and LF inside a string are not valid JSON, but they are part of what was signed.
        assertEquals("{\"a\":\"x\ty\r\nz \u0001\",\"b\":\u0001}", min("{ \"a\" : \"x\ty\r\nz \u0001\" , \"b\" : \u0001 }"));
    }

    /** The escape and quote logic works eight bytes at a time: put every construct at every offset of a word. */
    @ParameterizedTest
    @ValueSource(strings = {"\\\"", "\\\\", "\\\\\\\"", "\\\\\\\\", "\\u00e9", "\\/", "é", "日本", " ", "\"\""})
    void escapesAndMultiByteCharactersAtEveryOffsetOfAWord(String fragment) {
        for (int pad = 0; pad < 24; pad++) {
            String inside = "x".repeat(pad) + fragment + "y".repeat(23 - pad);
            if (fragment.equals("\"\"")) {
                // Two quotes close and reopen the string: the space between would then be outside; keep it valid.
                inside = "x".repeat(pad) + "\\\"\\\"" + "y".repeat(23 - pad);
            }
            String pretty = "{ \"k\" : \"" + inside + " \" ,\n\t\"n\" : [ 1 , \"" + inside + "\" ] }";
            String expected = "{\"k\":\"" + inside + " \",\"n\":[1,\"" + inside + "\"]}";
            assertEquals(expected, min(pretty), "offset " + pad);
            assertEquals(expected, min(expected), "offset " + pad);
            assertTrue(JsonMinifier.isMinified(utf8(expected)), "offset " + pad);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\\ { \"a\" : 1 }",            // a backslash outside any string is an ordinary byte
        "{\"a\" : 1} \\\" x \" y",      // ... and does not escape the quote after it
        "{\"a\":\"unterminated  \\\" ",  // everything after an unterminated string's quote is inside it
        "  \"\\",                       // input ending in a backslash inside a string
        "[1 ,2\\ ,\"\\\\\" , 3]"
    })
    void malformedInputIsHandledLikeTheByteStateMachine(String input) {
        byte[] in = utf8(input);
        assertArrayEquals(oracle(in), JsonMinifier.minify(in));
    }

    /** Random documents, pretty and compact, against the byte-at-a-time definition of the minified form. */
    @Test
    void agreesWithTheByteStateMachineOnRandomInput() throws Exception {
        Random random = new Random(20240513);
        for (int n = 0; n < 20_000; n++) {
            byte[] in = randomJsonish(random, random.nextInt(n % 10 == 0 ? 3000 : 200));
            byte[] expected = oracle(in);
            byte[] actual = JsonMinifier.minify(in);
            if (!Arrays.equals(expected, actual)) {
                assertEquals(new String(expected, StandardCharsets.ISO_8859_1), new String(actual, StandardCharsets.ISO_8859_1),
                        "input " + Arrays.toString(in));
            }
            assertEquals(expected.length == in.length, JsonMinifier.isMinified(in));
            MessageDigest streamed = MessageDigest.getInstance("SHA-256");
            JsonMinifier.updateDigest(streamed, in);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(expected), streamed.digest());
        }
    }

    @Test
    void longPrettyDocumentsHashLikeTheirMinifiedCopy() throws Exception {
        // Longer than the digest buffer, with runs both shorter and longer than the direct-update threshold.
        StringBuilder sb = new StringBuilder("[\n");
        for (int i = 0; i < 400; i++) {
            sb.append("  {\"i\" : ").append(i).append(", \"s\" : \"").append("z ".repeat(i % 300)).append("\"},\n");
        }
        sb.append("  null\n]\n");
        byte[] pretty = utf8(sb.toString());
        MessageDigest streamed = MessageDigest.getInstance("SHA-256");
        JsonMinifier.updateDigest(streamed, pretty);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(oracle(pretty)), streamed.digest());
        assertArrayEquals(oracle(pretty), JsonMinifier.minify(pretty));
    }

    @Test
    void keptRunsFillTheDigestBufferExactlyAndOverflowIt() throws Exception {
        // Runs of every length from 1 to 300 bytes, so some end exactly at the 4 KiB buffer and some just past it.
        for (int run = 1; run <= 300; run++) {
            String item = "\"" + "r".repeat(run - 2 > 0 ? run - 2 : 0) + "\"";
            byte[] pretty = utf8("[ " + (item + " ,\n").repeat(9000 / run + 2) + "0 ]");
            MessageDigest streamed = MessageDigest.getInstance("SHA-256");
            JsonMinifier.updateDigest(streamed, pretty);
            assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(oracle(pretty)), streamed.digest(), "run " + run);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private enum Where { BETWEEN_TOKENS, IN_STRING, AFTER_BACKSLASH }

    /** The definition: drop space, tab, CR and LF outside strings; a backslash inside a string escapes the next byte. */
    private static byte[] oracle(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Where where = Where.BETWEEN_TOKENS;
        for (byte b : in) {
            boolean keep = true;
            switch (where) {
                case BETWEEN_TOKENS -> {
                    keep = " \t\r\n".indexOf(b) < 0;
                    where = b == '"' ? Where.IN_STRING : Where.BETWEEN_TOKENS;
                }
                case IN_STRING -> where = b == '\\' ? Where.AFTER_BACKSLASH : b == '"' ? Where.BETWEEN_TOKENS : Where.IN_STRING;
                case AFTER_BACKSLASH -> where = Where.IN_STRING;
                default -> throw new AssertionError(where);
            }
            if (keep) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    /** Compact-looking JSON with escapes, multi-byte UTF-8, spaces in strings, and now and then stray bytes. */
    private static byte[] randomJsonish(Random random, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean pretty = random.nextBoolean();
        boolean malformed = random.nextInt(4) == 0;
        byte[] stray = {'\\', '"', 1, 0x7f, (byte) 0xff};
        while (out.size() < length) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                out.write('"');
                for (int j = random.nextInt(40); j > 0; j--) {
                    int c = random.nextInt(14);
                    byte[] piece = switch (c) {
                        case 0 -> utf8("\\\"");
                        case 1 -> utf8("\\\\");
                        case 2 -> utf8("\\u00e9");
                        case 3 -> utf8(" ");
                        case 4 -> utf8("é");
                        case 5 -> utf8("東");
                        case 6 -> new byte[] {'\t'};
                        default -> new byte[] {(byte) ('a' + random.nextInt(26))};
                    };
                    out.writeBytes(piece);
                }
                if (random.nextInt(200) != 0) {
                    out.write('"');
                }
            } else if (kind < 9) {
                out.write(",:{}[]0123".charAt(random.nextInt(10)));
            } else if (pretty) {
                out.writeBytes(utf8(random.nextBoolean() ? "\n  " : " \t\r\n".substring(random.nextInt(4))));
            } else if (malformed) {
                out.write(stray[random.nextInt(stray.length)]);
            }
        }
        return out.toByteArray();
    }
}
