package dev.danakit.benchmarks;

import dev.danakit.signing.snap.SnapAsymmetric;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
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
 * Full SNAP asymmetric sign and verify (minify + SHA-256 + RSA-2048) for 1 KB and 64 KB bodies.
 * The key pair is generated per run: no key material ships with the benchmarks.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SnapSignatureBenchmark {

    static final String PATH = "/v1.0/debit/payment-host-to-host.htm";
    static final String TIMESTAMP = "2024-03-15T10:20:30+07:00";

    /** Body size in bytes. */
    @Param({"1024", "65536"})
    public int size;

    private KeyPair keys;
    private byte[] body;
    private String signature;

    /** Builds the key pair, the body and one valid signature. */
    @Setup
    public void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        body = Bodies.pretty(size);
        signature = SnapAsymmetric.sign(keys.getPrivate(), "POST", PATH, body, TIMESTAMP);
    }

    /** @return X-SIGNATURE */
    @Benchmark
    public String sign() {
        return SnapAsymmetric.sign(keys.getPrivate(), "POST", PATH, body, TIMESTAMP);
    }

    /** @return whether it verified (always true) */
    @Benchmark
    public boolean verify() {
        return SnapAsymmetric.verify(keys.getPublic(), "POST", PATH, body, TIMESTAMP, signature);
    }
}
