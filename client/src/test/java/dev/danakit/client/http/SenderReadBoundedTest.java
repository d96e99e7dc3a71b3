package dev.danakit.client.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** An answer is read whole, up to the bound, whether its stream knows its size or not. */
class SenderReadBoundedTest {

    /** A stream that under-reports what is left, as a network stream does. */
    private static InputStream reporting(byte[] bytes, int available) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int available() {
                return Math.min(available, bytes.length);
            }
        };
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    @Test
    void anInMemoryAnswerIsReadWhole() throws IOException {
        byte[] answer = bytes(150);
        assertArrayEquals(answer, Sender.readBounded(new ByteArrayInputStream(answer)));
        assertEquals(0, Sender.readBounded(new ByteArrayInputStream(new byte[0])).length);
    }

    @Test
    void aStreamThatKnowsNothingOrTooLittleOfItsSizeIsReadWhole() throws IOException {
        byte[] answer = bytes(20_000);
        assertArrayEquals(answer, Sender.readBounded(reporting(answer, 0)));
        assertArrayEquals(answer, Sender.readBounded(reporting(answer, 1)));
        assertArrayEquals(answer, Sender.readBounded(reporting(answer, 8_191)));
    }

    @Test
    void theBoundHoldsWhateverTheStreamSays() throws IOException {
        byte[] atBound = bytes(Sender.MAX_BODY_BYTES);
        assertArrayEquals(atBound, Sender.readBounded(new ByteArrayInputStream(atBound)));
        assertArrayEquals(atBound, Sender.readBounded(reporting(atBound, 0)));
        byte[] over = Arrays.copyOf(atBound, Sender.MAX_BODY_BYTES + 1);
        IOException inMemory = assertThrows(IOException.class,
                () -> Sender.readBounded(new ByteArrayInputStream(over)));
        assertEquals("response body exceeds 8388608 bytes", inMemory.getMessage());
        assertThrows(IOException.class, () -> Sender.readBounded(reporting(over, 0)));
        assertThrows(IOException.class, () -> Sender.readBounded(reporting(over, 100)));
    }
}
