package dev.danakit.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import dev.danakit.signing.json.JsonMinifier;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapAsymmetric;
import java.security.MessageDigest;
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
 * Everything around the RSA operation: minifying, hashing, building the string to sign, and locating
 * the signed value inside an Open API envelope. Target: well under 10% of one RSA-2048 verify at 1 KB.
 * The pretty body has whitespace to remove; the compact one (a Finish Notify as DANA sends it) has none.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NonRsaWorkBenchmark {

    /** Body size in bytes. */
    @Param({"1024", "65536"})
    public int size;

    private byte[] body;
    private byte[] compact;
    private byte[] envelope;
    private JsonFactory factory;

    /** Builds the pretty body and an envelope around it. */
    @Setup
    public void setUp() {
        body = Bodies.pretty(size);
        compact = Bodies.finishNotify(size);
        envelope = Bodies.envelope(Bodies.openApiValue(body));
        factory = OpenApiEnvelope.newJsonFactory();
    }

    /** @return the minified copy */
    @Benchmark
    public byte[] minify() {
        return JsonMinifier.minify(body);
    }

    /** @return the same array: finding that a compact body has nothing to remove is one scan */
    @Benchmark
    public byte[] minifyCompact() {
        return JsonMinifier.minify(compact);
    }

    /** @return SHA-256 of a compact body through the minifier (scan, then hash in place) */
    @Benchmark
    public byte[] minifyAndHashCompact() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        JsonMinifier.updateDigest(sha256, compact);
        return sha256.digest();
    }

    /** @return SHA-256 of the minified body, hashed without building the copy (what signing uses) */
    @Benchmark
    public byte[] minifyAndHash() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        JsonMinifier.updateDigest(sha256, body);
        return sha256.digest();
    }

    /** @return the full SNAP string to sign: minify + hash + hex + concatenation */
    @Benchmark
    public String snapStringToSign() {
        return SnapAsymmetric.stringToSign("POST", SigningFloorBenchmark.REQUEST_PATH, body,
                SigningFloorBenchmark.TIMESTAMP);
    }

    /** @return the located value, head time and signature, with a factory held as OpenApiVerifier does */
    @Benchmark
    public OpenApiEnvelope.Parsed envelopeExtraction() {
        return OpenApiEnvelope.parse(factory, envelope, OpenApiEnvelope.REQUEST);
    }

    /** @return the located value via the static helper (its shared factory), as server-stubs calls it */
    @Benchmark
    public byte[] envelopeExtractionStatic() {
        return OpenApiEnvelope.signedValue(envelope, OpenApiEnvelope.REQUEST);
    }
}
