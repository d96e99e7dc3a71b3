package dev.danakit.signing.snap;

import dev.danakit.signing.BodyParser;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Verifies SNAP-signed requests and notifications sent by DANA, in one call per request.
 *
 * <p>Build it once (keys are parsed once) and share it: it is immutable and thread-safe. Checks run in a
 * fixed order — headers present, timestamp shape and window, signature — and the first failure is
 * thrown with its {@link Reason}.
 */
public final class SnapVerifier {

    private final PublicKey publicKey;
    private final TimeWindow window;

    /**
     * @param danaPublicKey DANA's RSA public key
     * @param clock the clock for the timestamp window
     * @param tolerance how far {@code X-TIMESTAMP} may be from now, e.g. {@link SnapTimestamp#DEFAULT_TOLERANCE}
     */
    public SnapVerifier(PublicKey danaPublicKey, Clock clock, Duration tolerance) {
        this.publicKey = Objects.requireNonNull(danaPublicKey, "danaPublicKey");
        this.window = new TimeWindow(clock, tolerance);
    }

    /**
     * Verifies a received request.
     *
     * @param method HTTP method
     * @param relativePath the request path (a query string is ignored)
     * @param rawBody the exact received body bytes
     * @param xTimestamp the {@code X-TIMESTAMP} header, or {@code null} if absent
     * @param xSignature the {@code X-SIGNATURE} header, or {@code null} if absent
     * @throws SignatureVerificationException if any check fails
     */
    public void verify(String method, String relativePath, byte[] rawBody, String xTimestamp, String xSignature) {
        requireHeader(xTimestamp, SnapHeaders.X_TIMESTAMP);
        requireHeader(xSignature, SnapHeaders.X_SIGNATURE);
        window.check(xTimestamp, SnapHeaders.X_TIMESTAMP);
        if (!SnapAsymmetric.verify(publicKey, method, relativePath, rawBody, xTimestamp, xSignature)) {
            throw new SignatureVerificationException(Reason.BAD_SIGNATURE, SnapHeaders.X_SIGNATURE);
        }
    }

    /**
     * Verifies, then parses the body with the caller's parser.
     *
     * @param method HTTP method
     * @param relativePath request path
     * @param rawBody exact received body bytes
     * @param xTimestamp {@code X-TIMESTAMP}
     * @param xSignature {@code X-SIGNATURE}
     * @param parser turns the verified bytes into a model
     * @param <T> the model type
     * @return the parsed body
     * @throws SignatureVerificationException on verification failure, or BODY_NOT_JSON if parsing fails
     */
    public <T> T verifyAndParse(String method, String relativePath, byte[] rawBody, String xTimestamp,
            String xSignature, BodyParser<T> parser) {
        Objects.requireNonNull(parser, "parser");
        verify(method, relativePath, rawBody, xTimestamp, xSignature);
        return parse(parser, rawBody);
    }

    static <T> T parse(BodyParser<T> parser, byte[] bytes) {
        try {
            return parser.parse(bytes);
        } catch (Exception e) {
            // The cause is dropped: JSON parser messages quote the body.
            throw new SignatureVerificationException(Reason.BODY_NOT_JSON);
        }
    }

    private static void requireHeader(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new SignatureVerificationException(Reason.MISSING_HEADER, name);
        }
    }

    @Override
    public String toString() {
        return "SnapVerifier[tolerance=" + window.tolerance() + "]";
    }
}
