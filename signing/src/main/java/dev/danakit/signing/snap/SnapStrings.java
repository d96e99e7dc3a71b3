package dev.danakit.signing.snap;

import dev.danakit.signing.json.JsonMinifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Pieces shared by the SNAP string-to-sign formats. */
final class SnapStrings {

    private SnapStrings() {
    }

    /** lowercase hex of SHA-256 over the minified body; the minified copy is never materialised. */
    static String bodyHashHex(byte[] body) {
        MessageDigest sha256 = sha256();
        JsonMinifier.updateDigest(sha256, body);
        return HexFormat.of().formatHex(sha256.digest());
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

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
