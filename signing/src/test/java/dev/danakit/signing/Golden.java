package dev.danakit.signing;

import dev.danakit.signing.keys.PemKeys;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URISyntaxException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Access to the openssl-computed vectors in src/test/resources/golden. */
public final class Golden {

    /** The X-TIMESTAMP used by every vector. */
    public static final String TIMESTAMP = "2024-03-15T10:20:30+07:00";
    /** The same moment. */
    public static final Instant INSTANT = Instant.parse("2024-03-15T03:20:30Z");

    private Golden() {
    }

    public static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static Path path(String name) {
        try {
            return Paths.get(Golden.class.getResource("/golden/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey merchantPrivate() {
        return PemKeys.privateKey(text("test-only-merchant-pkcs8.pem"));
    }

    public static PublicKey merchantPublic() {
        return PemKeys.publicKey(text("test-only-merchant-spki.pem"));
    }

    public static PrivateKey danaPrivate() {
        return PemKeys.privateKey(text("test-only-dana-pkcs8.pem"));
    }

    public static PublicKey danaPublic() {
        return PemKeys.publicKey(text("test-only-dana-spki.pem"));
    }
}
