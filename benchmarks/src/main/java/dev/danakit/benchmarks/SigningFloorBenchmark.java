package dev.danakit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.signing.json.JsonMinifier;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapVerifier;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SNAP verification and signing against their JDK floors, in the same run so the ratios hold on a shared
 * machine.
 *
 * <p>The floors are what no implementation can avoid: for a received notification, one SHA-256 of the body
 * and one {@code SHA256withRSA} verify of the string to sign; for a request, one SHA-256 of the body and one
 * {@code SHA256withRSA} sign. Both get fresh {@code MessageDigest} and {@code Signature} instances per call,
 * as the library does (instances are not thread-safe). The string to sign and the decoded signature are
 * prepared at setup, so the floors leave out everything the library adds: the minified-form check, hex,
 * string building, header and timestamp checks, base64.
 *
 * <p>For the Open API envelope the floor is one {@code SHA256withRSA} verify over the signed value's bytes
 * (the signature covers them directly); the verifier adds locating that value in the envelope with a
 * streaming parser, the {@code reqTime} window and base64.
 *
 * <p>The key pair is generated at setup. Bodies are compact, as machines send them: a Finish Notify with {@code payOptionInfos} up to the size
 * (≈200 at 64 KB), and a request body as the client's serializer writes it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigningFloorBenchmark {

    static final String NOTIFY_PATH = "/v1.0/debit/notify";
    static final String REQUEST_PATH = "/v1.0/debit/payment-host-to-host.htm";
    static final String TIMESTAMP = "2024-05-13T10:16:05+07:00";
    private static final Instant NOW = Instant.parse("2024-05-13T03:16:05Z");
    /** The {@code reqTime} of {@link Bodies#openApiValue}. */
    private static final Instant OPEN_API_NOW = Instant.parse("2024-03-15T03:20:30Z");

    /** Body size in bytes. */
    @Param({"1024", "65536"})
    public int size;

    private KeyPair keys;
    private SnapVerifier verifier;
    private final ObjectMapper mapper = new ObjectMapper();

    private byte[] notification;
    private String notificationSignature;
    private byte[] notificationStringToSign;
    private byte[] notificationSignatureBytes;

    private byte[] request;
    private byte[] requestStringToSign;

    private OpenApiVerifier openApiVerifier;
    private byte[] envelope;
    private byte[] envelopeValue;
    private byte[] envelopeSignatureBytes;

    /** Builds the key pair, the bodies, their strings to sign and signatures; checks that they verify. */
    @Setup
    public void setUp() throws Exception {
        keys = BenchmarkKeys.rsa2048();
        verifier = new SnapVerifier(keys.getPublic(), Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));

        notification = Bodies.finishNotify(size);
        notificationStringToSign = SnapAsymmetric.stringToSign("POST", NOTIFY_PATH, notification, TIMESTAMP)
                .getBytes(StandardCharsets.UTF_8);
        notificationSignature = SnapAsymmetric.sign(keys.getPrivate(), "POST", NOTIFY_PATH, notification, TIMESTAMP);
        notificationSignatureBytes = Base64.getDecoder().decode(notificationSignature);

        request = JsonMinifier.minify(Bodies.pretty(size));
        requestStringToSign = SnapAsymmetric.stringToSign("POST", REQUEST_PATH, request, TIMESTAMP)
                .getBytes(StandardCharsets.UTF_8);

        openApiVerifier = new OpenApiVerifier(keys.getPublic(), Clock.fixed(OPEN_API_NOW, ZoneOffset.UTC),
                Duration.ofMinutes(5));
        envelopeValue = Bodies.openApiValue(notification);
        String envelopeSignature = OpenApiEnvelope.sign(keys.getPrivate(), envelopeValue);
        envelope = OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, envelopeValue, envelopeSignature);
        envelopeSignatureBytes = Base64.getDecoder().decode(envelopeSignature);

        boolean ready = verifyFloor() && openApiVerifyFloor() && openApiVerify().length == envelopeValue.length
                && verifier.verifyAndParse("POST", NOTIFY_PATH, notification, TIMESTAMP, notificationSignature,
                        raw -> raw == notification);
        if (!ready) {
            throw new IllegalStateException("the benchmark's own signature does not verify");
        }
    }

    /** @return whether it verified: SHA-256 of the body + one JDK SHA256withRSA verify (the floor) */
    @Benchmark
    public boolean verifyFloor() throws GeneralSecurityException {
        byte[] bodyHash = MessageDigest.getInstance("SHA-256").digest(notification);
        return jdkVerify(notificationStringToSign, notificationSignatureBytes) && bodyHash.length == 32;
    }

    /** @return the verified bytes, handed on by a parser that keeps them as they are: the verifier's whole cost */
    @Benchmark
    public byte[] verifyAndParseRawBytes() {
        return verifier.verifyAndParse("POST", NOTIFY_PATH, notification, TIMESTAMP, notificationSignature, raw -> raw);
    }

    /** @return the verified notification as a Jackson tree: verification plus a full parse of the body */
    @Benchmark
    public JsonNode verifyAndParseJacksonTree() {
        return verifier.verifyAndParse("POST", NOTIFY_PATH, notification, TIMESTAMP, notificationSignature,
                mapper::readTree);
    }

    /** @return the same Jackson parse without verification, to tell its share from the verifier's */
    @Benchmark
    public JsonNode jacksonTreeAlone() throws Exception {
        return mapper.readTree(notification);
    }

    /** @return one JDK SHA256withRSA verify of the string to sign, nothing else */
    @Benchmark
    public boolean rsaVerifyAlone() throws GeneralSecurityException {
        return jdkVerify(notificationStringToSign, notificationSignatureBytes);
    }

    /** @return the string to sign of the notification: all the non-RSA work of a SNAP verification */
    @Benchmark
    public String stringToSign() {
        return SnapAsymmetric.stringToSign("POST", NOTIFY_PATH, notification, TIMESTAMP);
    }

    /** @return the signature bytes: SHA-256 of the body + one JDK SHA256withRSA sign (the floor) */
    @Benchmark
    public byte[] signFloor() throws GeneralSecurityException {
        byte[] bodyHash = MessageDigest.getInstance("SHA-256").digest(request);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.getPrivate());
        rsa.update(requestStringToSign);
        byte[] signature = rsa.sign();
        signature[0] ^= bodyHash[0];
        return signature;
    }

    /** @return X-SIGNATURE of the request: minified check, SHA-256, hex, string to sign, RSA, base64 */
    @Benchmark
    public String sign() {
        return SnapAsymmetric.sign(keys.getPrivate(), "POST", REQUEST_PATH, request, TIMESTAMP);
    }

    /** @return whether it verified: one JDK SHA256withRSA verify over the envelope's signed value (the floor) */
    @Benchmark
    public boolean openApiVerifyFloor() throws GeneralSecurityException {
        return jdkVerify(envelopeValue, envelopeSignatureBytes);
    }

    private boolean jdkVerify(byte[] signed, byte[] signature) throws GeneralSecurityException {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.getPublic());
        rsa.update(signed);
        return rsa.verify(signature);
    }

    /** @return the verified value bytes of an Open API request envelope around the same notification */
    @Benchmark
    public byte[] openApiVerify() {
        return openApiVerifier.verify(envelope, OpenApiEnvelope.REQUEST);
    }
}
