package dev.danakit.sandbox.keys;

import dev.danakit.signing.keys.PemKeys;
import dev.danakit.signing.testing.TestKeyPairs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The sandbox's own "DANA" RSA key pair: made at first start, kept in the config folder, reused after.
 * The merchant configures the public key (served at {@code /sandbox/dana-public-key.pem}) as DANA's key.
 *
 * @param privateKey DANA's private key (signs responses and notifications)
 * @param publicKey DANA's public key
 * @param publicKeyPem the public key as PEM text, as served to merchants
 */
public record DanaKeyPair(PrivateKey privateKey, PublicKey publicKey, String publicKeyPem) {

    /** File name of the private key (PKCS#8 PEM) inside the config folder. */
    public static final String PRIVATE_FILE = "dana-private-key.pem";
    /** File name of the public key (X.509 SubjectPublicKeyInfo PEM) inside the config folder. */
    public static final String PUBLIC_FILE = "dana-public-key.pem";

    /**
     * Loads the pair from {@code dir}, generating and writing it first if it is not there.
     *
     * @param dir the config folder (created if missing)
     * @return the key pair
     */
    public static DanaKeyPair loadOrCreate(Path dir) {
        return loadOrCreate(dir, PRIVATE_FILE, PUBLIC_FILE);
    }

    /**
     * Loads a pair kept under other names (the demo merchant's), generating and writing it first if needed.
     *
     * @param dir the config folder (created if missing)
     * @param privateFile file name of the private key (written owner-only)
     * @param publicFile file name of the public key
     * @return the key pair
     */
    public static DanaKeyPair loadOrCreate(Path dir, String privateFile, String publicFile) {
        Path priv = dir.resolve(privateFile);
        Path pub = dir.resolve(publicFile);
        try {
            if (!Files.exists(priv) || !Files.exists(pub)) {
                Files.createDirectories(dir);
                // the twin's "DANA" key is a throwaway test key: it signs nothing real
                KeyPair pair = TestKeyPairs.rsa2048();
                writePrivate(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            }
            return new DanaKeyPair(PemKeys.privateKey(priv), PemKeys.publicKey(pub),
                    Files.readString(pub, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the sandbox key pair in " + dir, e);
        }
    }

    /**
     * @param type PEM label
     * @param der DER bytes
     * @return PEM text with 64-character lines
     */
    public static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writePrivate(Path file, String pem) throws IOException {
        Files.writeString(file, pem, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the folder's own permissions apply.
        }
    }

    @Override
    public String toString() {
        return "DanaKeyPair[private=<redacted>]";
    }
}
