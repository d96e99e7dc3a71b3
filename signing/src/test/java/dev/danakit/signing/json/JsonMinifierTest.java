package dev.danakit.signing.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
}
