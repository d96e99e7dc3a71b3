package dev.danakit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.widget.invoker.JSON;
import dev.danakit.client.widget.model.ApplyOttRequest;
import dev.danakit.client.widget.model.ApplyOttRequestAdditionalInfo;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the client's RequestSigner adds to the RSA-2048 signature every call needs: its own steps (Bean
 * Validation, one serialisation with the generated mapper, minify + SHA-256 string to sign, timestamp, fresh
 * external id) beside one RSA-2048 SNAP signature of the same request. The whole call over loopback, Jersey
 * included, is {@link ClientCallBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SigningFilterOverheadBenchmark {

    private static final String PATH = "/rest/v1.1/qr/apply-ott";
    private static final String TIMESTAMP = "2024-05-13T10:15:30+07:00";

    private final Clock clock = Clock.systemUTC();
    private KeyPair merchant;
    private Validator validator;
    private ObjectMapper mapper;
    private ApplyOttRequest request;
    private byte[] body;

    /** Builds the key pair, the validator, the generated client's mapper and the request. */
    @Setup
    public void setUp() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        merchant = generator.generateKeyPair();
        validator = Validation.buildDefaultValidatorFactory().getValidator();
        mapper = new JSON().getMapper();
        request = new ApplyOttRequest().userResources(List.of("OTT"))
                .additionalInfo(new ApplyOttRequestAdditionalInfo().accessToken("4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN"));
        body = mapper.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
    }

    /** @return the string to sign, after the filter's steps other than the RSA operation */
    @Benchmark
    public String filterStepsWithoutRsa() throws Exception {
        if (!validator.validate(request).isEmpty()) {
            throw new IllegalStateException("invalid request");
        }
        byte[] bytes = mapper.writeValueAsBytes(request);
        return SnapAsymmetric.stringToSign("POST", PATH, bytes, SnapTimestamp.now(clock)) + UUID.randomUUID();
    }

    /** @return one RSA-2048 SNAP signature over the same body: the work no client can avoid */
    @Benchmark
    public String rsaSignOnly() {
        return SnapAsymmetric.sign(merchant.getPrivate(), "POST", PATH, body, TIMESTAMP);
    }
}
