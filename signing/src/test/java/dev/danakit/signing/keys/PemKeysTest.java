package dev.danakit.signing.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.danakit.signing.Golden;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PemKeysTest {

    private static final byte[] PRIVATE_DER = Golden.merchantPrivate().getEncoded();
    private static final byte[] PUBLIC_DER = Golden.merchantPublic().getEncoded();

    @TempDir
    Path tmp;

    /** The base64 between the armour lines, joined. */
    private static String body(String pem) {
        return pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    }

    private static String literalBackslashN(String pem) {
        return pem.strip().replace("\n", "\\n");
    }

    private static String crlf(String pem) {
        return pem.replace("\n", "\r\n");
    }

    static Stream<Arguments> privateInputs() {
        String pkcs8 = Golden.text("test-only-merchant-pkcs8.pem");
        String pkcs1 = Golden.text("test-only-merchant-pkcs1.pem");
        return Stream.of(
                Arguments.of("PKCS#8 PEM", pkcs8),
                Arguments.of("PKCS#1 PEM", pkcs1),
                Arguments.of("PKCS#8 bare base64", body(pkcs8)),
                Arguments.of("PKCS#1 bare base64", body(pkcs1)),
                Arguments.of("PKCS#8 literal \\n", literalBackslashN(pkcs8)),
                Arguments.of("PKCS#1 literal \\n in quotes", "\"" + literalBackslashN(pkcs1) + "\""),
                Arguments.of("PKCS#8 CRLF", crlf(pkcs8)),
                Arguments.of("PKCS#1 CRLF", crlf(pkcs1)),
                Arguments.of("PKCS#8 on one line", pkcs8.strip().replace("\n", " ")));
    }

    static Stream<Arguments> publicInputs() {
        String spki = Golden.text("test-only-merchant-spki.pem");
        String rsaPublic = Golden.text("test-only-merchant-rsapublic.pem");
        String cert = Golden.text("test-only-merchant-cert.pem");
        return Stream.of(
                Arguments.of("SPKI PEM", spki),
                Arguments.of("RSA PUBLIC KEY PEM", rsaPublic),
                Arguments.of("certificate PEM", cert),
                Arguments.of("SPKI bare base64", body(spki)),
                Arguments.of("PKCS#1 public bare base64", body(rsaPublic)),
                Arguments.of("certificate bare base64", body(cert)),
                Arguments.of("SPKI literal \\n", literalBackslashN(spki)),
                Arguments.of("certificate CRLF", crlf(cert)),
                Arguments.of("RSA PUBLIC KEY CRLF", crlf(rsaPublic)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("privateInputs")
    void privateKeyLoadsFromStringPathAndStream(String what, String input) throws IOException {
        Path file = Files.writeString(tmp.resolve("key.pem"), input);
        assertAllRsa(what, PRIVATE_DER, PemKeys.privateKey(input), PemKeys.privateKey(file),
                PemKeys.privateKey(stream(input)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicInputs")
    void publicKeyLoadsFromStringPathAndStream(String what, String input) throws IOException {
        assertAllRsa(what, PUBLIC_DER, PemKeys.publicKey(input),
                PemKeys.publicKey(Files.writeString(tmp.resolve("public.pem"), input)), PemKeys.publicKey(stream(input)));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    /** The same key, whichever way it was read. */
    private static void assertAllRsa(String what, byte[] expectedDer, Key... keys) {
        for (Key key : keys) {
            assertEquals("RSA", key.getAlgorithm());
            assertArrayEquals(expectedDer, key.getEncoded(), what);
        }
    }

    @Test
    void binaryDerFilesLoad() throws IOException {
        Path priv = Files.write(tmp.resolve("key.der"),
                Base64.getDecoder().decode(body(Golden.text("test-only-merchant-pkcs1.pem"))));
        Path pub = Files.write(tmp.resolve("pub.der"),
                Base64.getDecoder().decode(body(Golden.text("test-only-merchant-cert.pem"))));
        assertArrayEquals(PRIVATE_DER, PemKeys.privateKey(priv).getEncoded());
        assertArrayEquals(PUBLIC_DER, PemKeys.publicKey(pub).getEncoded());
    }

    private static void assertRejected(String expectedMessage, String input, Function<String, ?> loader) {
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> loader.apply(input));
        assertEquals(expectedMessage, e.getMessage());
        assertNull(e.getCause());
        assertNoPartOfInput(e.getMessage(), input);
    }

    /** No 8-character run of the input (nor of its whitespace-free form) may appear in the message. */
    private static void assertNoPartOfInput(String message, String input) {
        for (String s : new String[] {input, input.replaceAll("\\s", "")}) {
            for (int i = 0; i + 8 <= s.length(); i++) {
                String window = s.substring(i, i + 8);
                if (window.contains("-----") || window.isBlank()) {
                    continue; // armour lines are not key material
                }
                assertFalse(message.contains(window), "message leaks input");
            }
        }
    }

    static Stream<Arguments> keysOfTheOtherKind() {
        Function<String, ?> asPrivate = PemKeys::privateKey;
        Function<String, ?> asPublic = PemKeys::publicKey;
        String privateGot = "expected a private key but found a public key";
        String publicGot = "expected a public key but found a private key";
        return Stream.of(
                Arguments.of("test-only-merchant-spki.pem", false, asPrivate, privateGot),
                Arguments.of("test-only-merchant-rsapublic.pem", false, asPrivate, privateGot),
                Arguments.of("test-only-merchant-spki.pem", true, asPrivate, privateGot),
                Arguments.of("test-only-merchant-cert.pem", false, asPrivate, "expected a private key but found a certificate"),
                Arguments.of("test-only-merchant-pkcs8.pem", false, asPublic, publicGot),
                Arguments.of("test-only-merchant-pkcs1.pem", false, asPublic, publicGot),
                Arguments.of("test-only-merchant-pkcs8.pem", true, asPublic, publicGot),
                Arguments.of("test-only-merchant-pkcs1.pem", true, asPublic, publicGot));
    }

    @ParameterizedTest(name = "{0}, bare base64 {1}")
    @MethodSource("keysOfTheOtherKind")
    void aKeyOfTheOtherKindIsRejectedNamingWhatWasFound(String file, boolean bare, Function<String, ?> loader,
            String expected) {
        String pem = Golden.text(file);
        assertRejected(expected, bare ? body(pem) : pem, loader);
    }

    @Test
    void randomBytesAreRejectedWithoutEchoingThem() {
        Random random = new Random(20240315L);
        for (int i = 0; i < 20; i++) {
            byte[] noise = new byte[64 + random.nextInt(2000)];
            random.nextBytes(noise);
            String asBase64 = Base64.getEncoder().encodeToString(noise);
            assertRejected("not a PEM or base64 DER RSA private key", asBase64, PemKeys::privateKey);
            assertRejected("not a PEM or base64 DER RSA public key or certificate", asBase64, PemKeys::publicKey);
            KeyFormatException e = assertThrows(KeyFormatException.class,
                    () -> PemKeys.privateKey(new ByteArrayInputStream(noise)));
            assertNoPartOfInput(e.getMessage(), new String(noise, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void corruptedPemIsRejectedWithoutEchoingIt() {
        String pem = Golden.text("test-only-merchant-pkcs8.pem");
        String corrupted = pem.replace(pem.substring(200, 240), "!!!!" + pem.substring(204, 240));
        KeyFormatException e = assertThrows(KeyFormatException.class, () -> PemKeys.privateKey(corrupted));
        assertNoPartOfInput(e.getMessage(), corrupted);
        String truncated = pem.substring(0, 400) + "\n-----END PRIVATE KEY-----\n";
        KeyFormatException t = assertThrows(KeyFormatException.class, () -> PemKeys.privateKey(truncated));
        assertNoPartOfInput(t.getMessage(), truncated);
        assertRejected("key input is empty", "  \n ", PemKeys::privateKey);
    }

    @Test
    void nonRsaKeysAreRejectedByAlgorithmOid() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        String ecBase64 = Base64.getEncoder().encodeToString(ec.generateKeyPair().getPrivate().getEncoded());
        String pem = "-----BEGIN PRIVATE KEY-----\n" + ecBase64 + "\n-----END PRIVATE KEY-----\n";
        assertRejected("expected an RSA private key but found algorithm 1.2.840.10045.2.1", pem, PemKeys::privateKey);
    }

    @Test
    void oversizedStreamIsRejected() {
        byte[] big = new byte[PemKeys.MAX_INPUT_BYTES + 1];
        KeyFormatException e = assertThrows(KeyFormatException.class,
                () -> PemKeys.publicKey(new ByteArrayInputStream(big)));
        assertEquals("key input is larger than 65536 bytes", e.getMessage());
    }
}
