package dev.danakit.signing.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;

/**
 * Removes insignificant whitespace from UTF-8 JSON, exactly as SNAP's "minified body" requires.
 *
 * <p>Only space, tab, CR and LF outside strings are removed. Everything else is copied byte for byte:
 * keys keep their order and escapes such as {@code \/}, {@code \\}, {@code \"} and {@code \u00e9} stay as
 * received, because DANA hashes the bytes on the wire and any rewrite breaks real signatures. Working on
 * bytes is safe for UTF-8: every byte of a multi-byte sequence is {@code >= 0x80}, so it can never be
 * mistaken for a quote, backslash or whitespace.
 *
 * <p>Every method goes through one scan, {@link #nextRemovable}: the bytes between two removable runs are
 * kept as they are. A body that is already minified — what machines send — is therefore scanned once and
 * never copied: {@link #minify} returns the same array and {@link #updateDigest} hashes it in place.
 *
 * <p>This is not a validator. Malformed input yields deterministic output and then fails the signature
 * check, which is the only judgement that matters here.
 */
public final class JsonMinifier {

    /** Pretty JSON keeps runs of a few bytes; shorter runs than this are gathered before hashing. */
    private static final int DIRECT_RUN = 256;
    private static final int DIGEST_BUFFER = 4096;

    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    /** Added to the low seven bits of a byte, sets its high bit exactly when the byte is above 0x20. */
    private static final long ABOVE_SPACE = 0x5F5F5F5F5F5F5F5FL;
    /** The high bits of the odd-numbered bytes of a word. */
    private static final long ODD_BYTES = 0x8000800080008000L;

    private JsonMinifier() {
    }

    /**
     * Tells whether there is nothing to remove, in one scan and without allocating.
     *
     * @param utf8Json UTF-8 JSON; {@code null} is treated as empty
     * @return whether {@code utf8Json} already is its minified form
     */
    public static boolean isMinified(byte[] utf8Json) {
        return utf8Json == null || nextRemovable(utf8Json, 0) == utf8Json.length;
    }

    /**
     * Returns the minified bytes.
     *
     * @param utf8Json UTF-8 JSON; {@code null} is treated as empty
     * @return the minified bytes; the very same array when there is nothing to remove
     */
    public static byte[] minify(byte[] utf8Json) {
        if (utf8Json == null) {
            return new byte[0];
        }
        int first = nextRemovable(utf8Json, 0);
        if (first == utf8Json.length) {
            return utf8Json;
        }
        Copy copy = new Copy(utf8Json.length);
        forEachKeptRun(utf8Json, first, copy);
        return Arrays.copyOf(copy.out, copy.length);
    }

    /**
     * Feeds the minified form of {@code utf8Json} into {@code digest} without building it, which is what
     * the SNAP body hash needs. Equivalent to {@code digest.update(minify(utf8Json))}: an already minified
     * body is hashed in place, otherwise at most a 4 KiB scratch buffer is used whatever the body size.
     *
     * @param digest the digest to update
     * @param utf8Json UTF-8 JSON; {@code null} is treated as empty
     */
    public static void updateDigest(MessageDigest digest, byte[] utf8Json) {
        Objects.requireNonNull(digest, "digest");
        if (utf8Json == null) {
            return;
        }
        int first = nextRemovable(utf8Json, 0);
        if (first == utf8Json.length) {
            digest.update(utf8Json);
            return;
        }
        DigestFeed feed = new DigestFeed(digest, Math.min(DIGEST_BUFFER, utf8Json.length));
        forEachKeptRun(utf8Json, first, feed);
        feed.flush();
    }

    /** Receives the bytes to keep, in order, as ranges of the input. */
    private interface KeptRuns {
        void accept(byte[] in, int from, int to);
    }

    /**
     * Hands every maximal run of bytes to keep to {@code runs}. A removable byte lies outside any string, so
     * the whitespace that follows it is removable too and the scan resumes outside a string.
     *
     * @param firstRemovable {@code nextRemovable(in, 0)}, already known to the caller and less than the length
     */
    private static void forEachKeptRun(byte[] in, int firstRemovable, KeptRuns runs) {
        int from = 0;
        int cut = firstRemovable;
        while (true) {
            if (cut > from) {
                runs.accept(in, from, cut);
            }
            if (cut == in.length) {
                return;
            }
            from = cut + 1;
            while (from < in.length && isWhitespace(in[from])) {
                from++;
            }
            cut = nextRemovable(in, from);
        }
    }

    /**
     * The one scan: the index of the first removable byte at or after {@code from}, or {@code in.length}.
     * {@code from} must lie outside any string (0, or just after a removable byte).
     *
     * <p>Eight bytes are classified at a time (SWAR): one bit per byte marks quotes, backslashes and bytes up
     * to 0x20; the bytes escaped by a backslash run are found with a borrow that ripples along the run; an
     * XOR prefix over the unescaped quotes marks the bytes inside strings; a byte up to 0x20 outside them is a
     * whitespace candidate. A word without backslashes or such bytes only flips the string state by its number
     * of quotes, which is the common case of compact JSON. The last bytes, and anything after a backslash
     * outside a string (malformed JSON, where the word logic would misread the backslash as an escape), go
     * through the byte-at-a-time form of the same state machine.
     */
    static int nextRemovable(byte[] in, int from) {
        int n = in.length;
        int i = from;
        long inString = 0;  // all ones while inside a string
        long escaped = 0;   // 0x80 when the word's first byte is escaped by the previous word's last backslash
        for (; n - i >= Long.BYTES; i += Long.BYTES) {
            long word = (long) WORD.get(in, i);
            long low = word & LOW_BITS;
            long ascii = ~word & HIGH_BITS;
            long quotes = ~((low ^ QUOTES) + LOW_BITS) & ascii;
            long backslashes = ~((low ^ BACKSLASHES) + LOW_BITS) & ascii;
            long controls = ~(low + ABOVE_SPACE) & ascii;
            if ((backslashes | controls | escaped) == 0) {
                inString ^= -(Long.bitCount(quotes) & 1);
                continue;
            }
            long escapedBytes = 0;
            long escapedNext = 0;
            if ((backslashes | escaped) != 0) {
                long starts = backslashes & ~escaped;
                // Odd-length backslash runs escape the byte after them (simdjson's escape scanner, one byte a bit).
                long code = ((((starts << 8) | ODD_BYTES) - starts) ^ ODD_BYTES) & HIGH_BITS;
                escapedBytes = code ^ (backslashes | escaped);
                escapedNext = (code & backslashes) >>> 56 & 0x80;
            }
            long inside = quotes & ~escapedBytes;
            inside ^= inside << 8;
            inside ^= inside << 16;
            inside ^= inside << 32;
            inside ^= inString;
            if ((backslashes & ~inside) != 0) {
                return nextRemovableByteByByte(in, i, inString != 0, escaped != 0);
            }
            for (long candidates = controls & ~inside; candidates != 0; candidates &= candidates - 1) {
                int at = i + (Long.numberOfTrailingZeros(candidates) >>> 3);
                if (isWhitespace(in[at])) {
                    return at;
                }
            }
            inString = inside >> 63;
            escaped = escapedNext;
        }
        return nextRemovableByteByByte(in, i, inString != 0, escaped != 0);
    }

    private static int nextRemovableByteByByte(byte[] in, int from, boolean inString, boolean escaped) {
        for (int i = from; i < in.length; i++) {
            byte b = in[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (isWhitespace(b)) {
                return i;
            } else {
                inString = b == '"';
            }
        }
        return in.length;
    }

    private static boolean isWhitespace(byte b) {
        // The four whitespace characters of RFC 8259; nothing else is insignificant.
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    private static final class Copy implements KeptRuns {

        final byte[] out;
        int length;

        Copy(int capacity) {
            out = new byte[capacity];
        }

        @Override
        public void accept(byte[] in, int from, int to) {
            System.arraycopy(in, from, out, length, to - from);
            length += to - from;
        }
    }

    /** Long runs go to the digest straight from the input; short ones are gathered first. */
    private static final class DigestFeed implements KeptRuns {

        private final MessageDigest digest;
        private final byte[] buffer;
        private int buffered;

        DigestFeed(MessageDigest digest, int bufferSize) {
            this.digest = digest;
            this.buffer = new byte[bufferSize];
        }

        @Override
        public void accept(byte[] in, int from, int to) {
            int length = to - from;
            if (length >= DIRECT_RUN) {
                flush();
                digest.update(in, from, length);
                return;
            }
            if (buffered + length > buffer.length) {
                flush();
            }
            System.arraycopy(in, from, buffer, buffered, length);
            buffered += length;
        }

        void flush() {
            if (buffered > 0) {
                digest.update(buffer, 0, buffered);
                buffered = 0;
            }
        }
    }
}
