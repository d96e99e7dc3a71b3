package dev.danakit.signing.openapi;

import com.fasterxml.jackson.core.JsonFactory;
import dev.danakit.signing.BodyParser;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import dev.danakit.signing.internal.Rsa;
import dev.danakit.signing.snap.SnapTimestamp;
import dev.danakit.signing.snap.TimeWindow;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Verifies received DANA Open API envelopes (for example the unbind notify, or responses to
 * merchant-management calls).
 *
 * <p>Build once and share; immutable and thread-safe. Order of checks: body is one JSON object, the
 * signed value is present, the signature is present, {@code reqTime}/{@code respTime} is present and
 * within the window, the signature matches the value's exact bytes.
 */
public final class OpenApiVerifier {

    private final PublicKey publicKey;
    private final TimeWindow window;
    private final JsonFactory jsonFactory;

    /**
     * @param danaPublicKey the sender's RSA public key
     * @param clock the clock for the time window
     * @param tolerance how far the head time may be from now, e.g. {@link SnapTimestamp#DEFAULT_TOLERANCE}
     */
    public OpenApiVerifier(PublicKey danaPublicKey, Clock clock, Duration tolerance) {
        this.publicKey = Objects.requireNonNull(danaPublicKey, "danaPublicKey");
        this.window = new TimeWindow(clock, tolerance);
        this.jsonFactory = OpenApiEnvelope.newJsonFactory();
    }

    /**
     * Verifies an envelope and returns the verified value bytes.
     *
     * @param rawBody the exact received body
     * @param member {@link OpenApiEnvelope#REQUEST} or {@link OpenApiEnvelope#RESPONSE}
     * @return the exact bytes of the verified {@code request}/{@code response} value
     * @throws SignatureVerificationException BODY_NOT_JSON, MISSING_SIGNED_VALUE, MISSING_SIGNATURE,
     *     MISSING_TIMESTAMP, MALFORMED_TIMESTAMP, STALE_TIMESTAMP, FUTURE_TIMESTAMP, MALFORMED_SIGNATURE or
     *     BAD_SIGNATURE
     */
    public byte[] verify(byte[] rawBody, String member) {
        OpenApiEnvelope.Parsed parsed = OpenApiEnvelope.parse(jsonFactory, rawBody, member);
        if (parsed.value() == null) {
            throw new SignatureVerificationException(Reason.MISSING_SIGNED_VALUE, member);
        }
        if (parsed.signature() == null || parsed.signature().isBlank()) {
            throw new SignatureVerificationException(Reason.MISSING_SIGNATURE, OpenApiEnvelope.SIGNATURE);
        }
        String timeField = parsed.headTimeField();
        if (parsed.headTime() == null) {
            throw new SignatureVerificationException(Reason.MISSING_TIMESTAMP, timeField);
        }
        window.check(parsed.headTime(), timeField);
        if (!Rsa.verifyBase64(publicKey, parsed.value(), parsed.signature(), OpenApiEnvelope.SIGNATURE)) {
            throw new SignatureVerificationException(Reason.BAD_SIGNATURE, OpenApiEnvelope.SIGNATURE);
        }
        return parsed.value();
    }

    /**
     * Verifies, then parses the verified value bytes (not the whole envelope: only the value is signed).
     *
     * @param rawBody the exact received body
     * @param member {@link OpenApiEnvelope#REQUEST} or {@link OpenApiEnvelope#RESPONSE}
     * @param parser turns the value bytes ({@code {"head":...,"body":...}}) into a model
     * @param <T> the model type
     * @return the parsed value
     * @throws SignatureVerificationException as {@link #verify}, or BODY_NOT_JSON if the parser fails
     */
    public <T> T verifyAndParse(byte[] rawBody, String member, BodyParser<T> parser) {
        Objects.requireNonNull(parser, "parser");
        byte[] value = verify(rawBody, member);
        try {
            return parser.parse(value);
        } catch (Exception e) {
            // Dropped cause: parser messages quote the payload.
            throw new SignatureVerificationException(Reason.BODY_NOT_JSON);
        }
    }

    @Override
    public String toString() {
        return "OpenApiVerifier[tolerance=" + window.tolerance() + "]";
    }
}
