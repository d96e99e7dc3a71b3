package dev.danakit.signing.keys;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Function;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Loads RSA keys in every form merchants keep them.
 *
 * <p>Accepted: PEM {@code PRIVATE KEY} (PKCS#8), {@code RSA PRIVATE KEY} (PKCS#1), {@code PUBLIC KEY}
 * (X.509 SubjectPublicKeyInfo), {@code RSA PUBLIC KEY} (PKCS#1), {@code CERTIFICATE} (its public key);
 * bare base64 DER without PEM lines; binary DER (Path/InputStream); PEM whose line breaks arrived as
 * literal {@code \n} (environment variables), CRLF, or spaces. The result is a plain JDK key (no
 * provider is registered), so {@code Signature.getInstance("SHA256withRSA")} works with it.
 *
 * <p>Load keys once at start-up and pass them around; nothing is cached here. Every failure is a
 * {@link KeyFormatException} whose message contains no input.
 */
public final class PemKeys {

    /** Far above any RSA key or certificate; stops a wrong file from being read into memory whole. */
    static final int MAX_INPUT_BYTES = 64 * 1024;

    private static final AlgorithmIdentifier RSA_ENCRYPTION =
            new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);

    private static final KeyKind<PrivateKey> PRIVATE = new KeyKind<>("private key",
            "not a PEM or base64 DER RSA private key", PemKeys::privateFromPem, PemKeys::privateFromDer);
    private static final KeyKind<PublicKey> PUBLIC = new KeyKind<>("public key",
            "not a PEM or base64 DER RSA public key or certificate", PemKeys::publicFromPem, PemKeys::publicFromDer);

    private PemKeys() {
    }

    // ---------------------------------------------------------------- private keys

    /**
     * @param pemOrBase64 PEM text or bare base64 DER
     * @return the RSA private key
     * @throws KeyFormatException if it is not an RSA private key
     */
    public static PrivateKey privateKey(String pemOrBase64) {
        return fromText(Objects.requireNonNull(pemOrBase64, "pemOrBase64"), PRIVATE);
    }

    /**
     * @param file a PEM, bare-base64 or binary DER file
     * @return the RSA private key
     * @throws KeyFormatException if it is not an RSA private key
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PrivateKey privateKey(Path file) {
        return fromBytes(read(file), PRIVATE);
    }

    /**
     * @param in a PEM, bare-base64 or binary DER stream; read fully, not closed
     * @return the RSA private key
     * @throws KeyFormatException if it is not an RSA private key
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static PrivateKey privateKey(InputStream in) {
        return fromBytes(read(in), PRIVATE);
    }

    // ---------------------------------------------------------------- public keys

    /**
     * @param pemOrBase64 PEM text (public key or certificate) or bare base64 DER
     * @return the RSA public key
     * @throws KeyFormatException if it is not an RSA public key or certificate
     */
    public static PublicKey publicKey(String pemOrBase64) {
        return fromText(Objects.requireNonNull(pemOrBase64, "pemOrBase64"), PUBLIC);
    }

    /**
     * @param file a PEM, bare-base64 or binary DER file
     * @return the RSA public key
     * @throws KeyFormatException if it is not an RSA public key or certificate
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PublicKey publicKey(Path file) {
        return fromBytes(read(file), PUBLIC);
    }

    /**
     * @param in a PEM, bare-base64 or binary DER stream; read fully, not closed
     * @return the RSA public key
     * @throws KeyFormatException if it is not an RSA public key or certificate
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static PublicKey publicKey(InputStream in) {
        return fromBytes(read(in), PUBLIC);
    }

    // ---------------------------------------------------------------- dispatch

    private static <K> K fromBytes(byte[] bytes, KeyKind<K> kind) {
        if (looksLikeDer(bytes)) {
            return kind.fromDer().apply(bytes);
        }
        return fromText(new String(bytes, StandardCharsets.ISO_8859_1), kind);
    }

    private static <K> K fromText(String input, KeyKind<K> kind) {
        String text = normalise(input);
        if (text.isEmpty()) {
            throw new KeyFormatException("key input is empty");
        }
        if (!text.contains("-----BEGIN")) {
            return kind.fromDer().apply(base64(text, kind));
        }
        return kind.fromPem().apply(readPem(text, kind));
    }

    private static PrivateKey privateFromPem(Object parsed) {
        if (parsed instanceof PrivateKeyInfo info) {
            return convertPrivate(info);
        }
        if (parsed instanceof PEMKeyPair pair) {
            return convertPrivate(pair.getPrivateKeyInfo());
        }
        if (parsed instanceof PKCS8EncryptedPrivateKeyInfo || parsed instanceof PEMEncryptedKeyPair) {
            throw new KeyFormatException("encrypted private keys are not supported; store the key unencrypted"
                    + " in a secret store instead");
        }
        if (parsed instanceof SubjectPublicKeyInfo) {
            throw new KeyFormatException("expected a private key but found a public key");
        }
        if (parsed instanceof X509CertificateHolder) {
            throw new KeyFormatException("expected a private key but found a certificate");
        }
        throw new KeyFormatException(PRIVATE.notRecognised());
    }

    private static PublicKey publicFromPem(Object parsed) {
        if (parsed instanceof SubjectPublicKeyInfo info) {
            return convertPublic(info);
        }
        if (parsed instanceof X509CertificateHolder cert) {
            return convertPublic(cert.getSubjectPublicKeyInfo());
        }
        if (parsed instanceof PrivateKeyInfo || parsed instanceof PEMKeyPair
                || parsed instanceof PKCS8EncryptedPrivateKeyInfo || parsed instanceof PEMEncryptedKeyPair) {
            // Deriving the public half would work, but a private key in a public-key slot is a mistake
            // worth stopping: it usually means the secret was copied somewhere it should not be.
            throw new KeyFormatException("expected a public key but found a private key");
        }
        throw new KeyFormatException(PUBLIC.notRecognised());
    }

    /** Bare DER: PKCS#8 first (what tools emit today), then PKCS#1. */
    private static PrivateKey privateFromDer(byte[] der) {
        PrivateKeyInfo info = tryParse(() -> PrivateKeyInfo.getInstance(der));
        if (info == null) {
            RSAPrivateKey pkcs1 = tryParse(() -> RSAPrivateKey.getInstance(der));
            if (pkcs1 != null) {
                info = tryParse(() -> new PrivateKeyInfo(RSA_ENCRYPTION, pkcs1));
            }
        }
        if (info != null) {
            return convertPrivate(info);
        }
        if (tryParse(() -> SubjectPublicKeyInfo.getInstance(der)) != null
                || tryParse(() -> RSAPublicKey.getInstance(der)) != null) {
            throw new KeyFormatException("expected a private key but found a public key");
        }
        if (tryParse(() -> Certificate.getInstance(der)) != null) {
            throw new KeyFormatException("expected a private key but found a certificate");
        }
        throw new KeyFormatException(PRIVATE.notRecognised());
    }

    /** Bare DER: SubjectPublicKeyInfo first, then PKCS#1, then a certificate. */
    private static PublicKey publicFromDer(byte[] der) {
        SubjectPublicKeyInfo info = tryParse(() -> SubjectPublicKeyInfo.getInstance(der));
        if (info == null) {
            RSAPublicKey pkcs1 = tryParse(() -> RSAPublicKey.getInstance(der));
            if (pkcs1 != null) {
                info = tryParse(() -> new SubjectPublicKeyInfo(RSA_ENCRYPTION, pkcs1));
            }
        }
        if (info == null) {
            Certificate cert = tryParse(() -> Certificate.getInstance(der));
            if (cert != null) {
                info = cert.getSubjectPublicKeyInfo();
            }
        }
        if (info != null) {
            return convertPublic(info);
        }
        if (tryParse(() -> PrivateKeyInfo.getInstance(der)) != null
                || tryParse(() -> RSAPrivateKey.getInstance(der)) != null) {
            throw new KeyFormatException("expected a public key but found a private key");
        }
        throw new KeyFormatException(PUBLIC.notRecognised());
    }

    // ---------------------------------------------------------------- conversion

    private static PrivateKey convertPrivate(PrivateKeyInfo info) {
        return convert(info.getPrivateKeyAlgorithm(), () -> new JcaPEMKeyConverter().getPrivateKey(info), PRIVATE);
    }

    private static PublicKey convertPublic(SubjectPublicKeyInfo info) {
        return convert(info.getAlgorithm(), () -> new JcaPEMKeyConverter().getPublicKey(info), PUBLIC);
    }

    private static <K> K convert(AlgorithmIdentifier algorithm, Attempt<K> conversion, KeyKind<K> kind) {
        requireRsa(algorithm, kind);
        K key = tryParse(conversion);
        if (key == null) {
            throw new KeyFormatException(kind.notRecognised());
        }
        return key;
    }

    private static void requireRsa(AlgorithmIdentifier algorithm, KeyKind<?> kind) {
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(algorithm.getAlgorithm())) {
            // The OID is public metadata, not key material, and tells the user what they supplied.
            throw new KeyFormatException("expected an RSA " + kind.label() + " but found algorithm "
                    + algorithm.getAlgorithm().getId());
        }
    }

    // ---------------------------------------------------------------- text handling

    /**
     * Undoes what environment variables and copy-paste do to PEM: literal backslash-n, CRLF, surrounding
     * quotes, and PEM flattened onto one line with spaces.
     */
    static String normalise(String input) {
        String s = input.strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        s = s.replace("\\r", "").replace("\\n", "\n").replace("\r", "");
        if (s.contains("-----BEGIN")) {
            s = reflowSingleLinePem(s);
        }
        return s;
    }

    /** "-----BEGIN X----- AAAA BBBB -----END X-----" on one line becomes proper PEM for PEMParser. */
    private static String reflowSingleLinePem(String s) {
        int beginEnd = s.indexOf("-----", s.indexOf("-----BEGIN") + 10);
        int endStart = s.indexOf("-----END");
        if (beginEnd < 0 || endStart < 0 || endStart <= beginEnd) {
            return s;
        }
        String between = s.substring(beginEnd + 5, endStart);
        if (between.indexOf('\n') >= 0 || between.indexOf(':') >= 0) {
            return s; // already multi-line, or has PEM headers that must keep their lines
        }
        String header = s.substring(s.indexOf("-----BEGIN"), beginEnd + 5);
        int endEnd = s.indexOf("-----", endStart + 8);
        String footer = endEnd < 0 ? s.substring(endStart) : s.substring(endStart, endEnd + 5);
        String body = between.replaceAll("\\s+", "");
        StringBuilder out = new StringBuilder(s.length() + 16).append(header).append('\n');
        for (int i = 0; i < body.length(); i += 64) {
            out.append(body, i, Math.min(body.length(), i + 64)).append('\n');
        }
        return out.append(footer).append('\n').toString();
    }

    private static Object readPem(String text, KeyKind<?> kind) {
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object o = parser.readObject();
            if (o == null) {
                throw new KeyFormatException(kind.notRecognised());
            }
            return o;
        } catch (IOException | RuntimeException e) {
            if (e instanceof KeyFormatException kfe) {
                throw kfe;
            }
            // Bouncy Castle messages can echo the offending text; keep only the exception type.
            throw new KeyFormatException(kind.notRecognised() + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] base64(String text, KeyKind<?> kind) {
        String compact = text.replaceAll("\\s+", "");
        try {
            return Base64.getDecoder().decode(compact);
        } catch (IllegalArgumentException e) {
            throw new KeyFormatException(kind.notRecognised());
        }
    }

    private static boolean looksLikeDer(byte[] bytes) {
        // DER keys and certificates start with a SEQUENCE tag (0x30) followed by a long-form length;
        // text starting with '0' (0x30) would be followed by a printable character instead.
        return bytes.length > 2 && bytes[0] == 0x30 && (bytes[1] & 0xff) >= 0x81 && (bytes[1] & 0xff) <= 0x84;
    }

    private static byte[] read(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            if (Files.size(file) > MAX_INPUT_BYTES) {
                throw new KeyFormatException("key input is larger than " + MAX_INPUT_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read key file", e);
        }
    }

    private static byte[] read(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            byte[] bytes = in.readNBytes(MAX_INPUT_BYTES + 1);
            if (bytes.length > MAX_INPUT_BYTES) {
                throw new KeyFormatException("key input is larger than " + MAX_INPUT_BYTES + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read key stream", e);
        }
    }

    private interface Attempt<T> {
        T run() throws Exception;
    }

    /** BC's getInstance throws assorted runtime exceptions on foreign structures; null means "not this". */
    private static <T> T tryParse(Attempt<T> attempt) {
        try {
            return attempt.run();
        } catch (Exception e) {
            return null;
        }
    }

    /**
     * One kind of key: how it is named in messages, and how it is taken from a parsed PEM object or from bare DER.
     */
    private record KeyKind<K>(String label, String notRecognised, Function<Object, K> fromPem,
            Function<byte[], K> fromDer) {
    }
}
