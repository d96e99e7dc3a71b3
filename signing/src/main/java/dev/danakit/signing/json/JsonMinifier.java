package dev.danakit.signing.json;

import java.security.MessageDigest;
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
 * <p>This is not a validator. Malformed input yields deterministic output and then fails the signature
 * check, which is the only judgement that matters here.
 */
public final class JsonMinifier {

    private static final int CHUNK = 4096;

    private JsonMinifier() {
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
        int first = firstRemovable(utf8Json);
        if (first < 0) {
            return utf8Json;
        }
        // Count first so the output is allocated once at its exact size; already-minified bodies
        // (the common case for machine-sent requests) never get here.
        int removable = countRemovableFrom(utf8Json, first);
        byte[] out = new byte[utf8Json.length - removable];
        System.arraycopy(utf8Json, 0, out, 0, first);
        int o = first;
        boolean inString = false;
        boolean escaped = false;
        for (int i = first; i < utf8Json.length; i++) {
            byte b = utf8Json[i];
            if (inString) {
                out[o++] = b;
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (!isWhitespace(b)) {
                out[o++] = b;
                inString = b == '"';
            }
        }
        return out;
    }

    /**
     * Feeds the minified form of {@code utf8Json} into {@code digest} without building it, which is what
     * the SNAP body hash needs. Equivalent to {@code digest.update(minify(utf8Json))}; uses at most a
     * 4 KiB scratch buffer whatever the body size.
     *
     * @param digest the digest to update
     * @param utf8Json UTF-8 JSON; {@code null} is treated as empty
     */
    public static void updateDigest(MessageDigest digest, byte[] utf8Json) {
        Objects.requireNonNull(digest, "digest");
        if (utf8Json == null) {
            return;
        }
        int first = firstRemovable(utf8Json);
        if (first < 0) {
            digest.update(utf8Json);
            return;
        }
        digest.update(utf8Json, 0, first);
        // Pretty JSON has whitespace every few bytes; one update() per run would cost more than the hash
        // itself, so kept bytes are batched through a small buffer.
        byte[] chunk = new byte[Math.min(CHUNK, utf8Json.length - first)];
        int c = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int i = first; i < utf8Json.length; i++) {
            byte b = utf8Json[i];
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (isWhitespace(b)) {
                continue;
            } else {
                inString = b == '"';
            }
            chunk[c++] = b;
            if (c == chunk.length) {
                digest.update(chunk, 0, c);
                c = 0;
            }
        }
        digest.update(chunk, 0, c);
    }

    private static int firstRemovable(byte[] in) {
        boolean inString = false;
        boolean escaped = false;
        for (int i = 0; i < in.length; i++) {
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
        return -1;
    }

    /** Counts from a position known to be outside a string. */
    private static int countRemovableFrom(byte[] in, int from) {
        int count = 0;
        boolean inString = false;
        boolean escaped = false;
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
                count++;
            } else {
                inString = b == '"';
            }
        }
        return count;
    }

    private static boolean isWhitespace(byte b) {
        // The four whitespace characters of RFC 8259; nothing else is insignificant.
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
