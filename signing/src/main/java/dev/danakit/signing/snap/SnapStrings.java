package dev.danakit.signing.snap;

import dev.danakit.signing.json.JsonMinifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/** Pieces shared by the SNAP string-to-sign formats. */
final class SnapStrings {

    private static final byte[] HEX_DIGITS = {
        '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
    };
    private static final int SHA256_HEX_LENGTH = 64;

    private SnapStrings() {
    }

    /**
     * The UTF-8 bytes of {@code METHOD:PATH[:accessToken]:lowercase-hex(SHA-256(minified body)):timestamp},
     * built in one array: the body is hashed in place when it is already minified, and the hex digits are
     * written straight into the result, so nothing the size of the body is copied and no intermediate
     * strings are made.
     *
     * @param accessToken the symmetric scheme's access token, or {@code null} for the asymmetric scheme
     */
    static byte[] stringToSign(String method, String relativePath, String accessToken, byte[] body, String timestamp) {
        String m = method(method);
        String p = relativePath(relativePath);
        String t = requireText(timestamp, "timestamp");
        MessageDigest sha256 = sha256();
        JsonMinifier.updateDigest(sha256, body);
        byte[] hash = sha256.digest();
        int size = utf8Length(m) + utf8Length(p) + utf8Length(t) + SHA256_HEX_LENGTH + 3
                + (accessToken == null ? 0 : utf8Length(accessToken) + 1);
        byte[] out = new byte[size];
        int at = putUtf8(out, 0, m);
        out[at++] = ':';
        at = putUtf8(out, at, p);
        out[at++] = ':';
        if (accessToken != null) {
            at = putUtf8(out, at, accessToken);
            out[at++] = ':';
        }
        for (byte b : hash) {
            out[at++] = HEX_DIGITS[(b >> 4) & 0xF];
            out[at++] = HEX_DIGITS[b & 0xF];
        }
        out[at++] = ':';
        putUtf8(out, at, t);
        return out;
    }

    /** Methods, paths and timestamps are ASCII in practice, which needs no encoder. */
    private static int utf8Length(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        return s.length();
    }

    private static int putUtf8(byte[] out, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] encoded = s.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, out, at, encoded.length);
                return at + encoded.length;
            }
            out[at + i] = (byte) c;
        }
        return at + s.length();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable in this JVM");
        }
    }

    static String method(String method) {
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("HTTP method is required");
        }
        return method.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * The relative path as SNAP signs it: leading '/', no scheme or host, no query or fragment. Callers
     * often hold a full URL or a path with query parameters, so both are reduced rather than rejected.
     */
    static String relativePath(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("relative path is required");
        }
        String p = path.trim();
        int scheme = p.indexOf("://");
        if (scheme >= 0) {
            int slash = p.indexOf('/', scheme + 3);
            p = slash < 0 ? "/" : p.substring(slash);
        }
        int cut = p.length();
        int q = p.indexOf('?');
        if (q >= 0) {
            cut = q;
        }
        int h = p.indexOf('#');
        if (h >= 0 && h < cut) {
            cut = h;
        }
        p = p.substring(0, cut);
        return p.startsWith("/") ? p : "/" + p;
    }

    static String requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
