package dev.danakit.callbacks.http;

import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapSymmetric;
import dev.danakit.signing.snap.TimeWindow;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The SNAP symmetric signature on the callbacks DANA may sign that way (Transfer to Bank Notify):
 * {@code X-SIGNATURE = base64(HMAC-SHA512(clientSecret, METHOD:path:accessToken:hex(sha256(minified body)):X-TIMESTAMP))}
 * with the B2B access token from {@code Authorization: Bearer}. A request that does not verify this way is left
 * to the asymmetric verifier, so either valid signature is accepted and anything else is refused with DANA's
 * {@code 401xx00}. The client secret never leaves this object.
 */
public final class SymmetricSnapVerifier {

    private static final String BEARER = "Bearer ";
    private final String clientSecret;
    private final TimeWindow window;
    private final Set<String> operationIds;

    /**
     * @param clientSecret the merchant's client secret shared with DANA
     * @param clock the clock for the timestamp window
     * @param tolerance how far {@code X-TIMESTAMP} may be from now
     * @param operationIds the callbacks (operationIds) DANA may sign symmetrically
     */
    public SymmetricSnapVerifier(String clientSecret, Clock clock, Duration tolerance, Set<String> operationIds) {
        if (clientSecret == null || clientSecret.isEmpty()) {
            throw new IllegalArgumentException("clientSecret is required");
        }
        this.clientSecret = clientSecret;
        this.window = new TimeWindow(clock, tolerance);
        this.operationIds = Set.copyOf(operationIds);
    }

    /**
     * @param operation a served callback
     * @return whether DANA may sign it symmetrically
     */
    public boolean accepts(DanaOperation operation) {
        return operationIds.contains(Objects.requireNonNull(operation, "operation").operationId());
    }

    /**
     * @param method HTTP method
     * @param rawPath the path as received
     * @param body the exact received bytes
     * @param authorization the {@code Authorization} header, or {@code null}
     * @param timestamp {@code X-TIMESTAMP}, or {@code null}
     * @param signature {@code X-SIGNATURE}, or {@code null}
     * @return whether the request carries a bearer token and an HMAC signature over it that verifies within the
     *     time window; {@code false} leaves the judgement (and its reason) to the asymmetric verifier
     * @throws dev.danakit.signing.SignatureVerificationException if the timestamp is outside the window or the
     *     signature is not base64 (the asymmetric signature would be refused for the same reason)
     */
    public boolean verifies(String method, String rawPath, byte[] body, String authorization, String timestamp,
            String signature) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || timestamp == null || timestamp.isBlank() || signature == null || signature.isBlank()) {
            return false;
        }
        String accessToken = authorization.substring(BEARER.length()).trim();
        if (accessToken.isEmpty()) {
            return false;
        }
        window.check(timestamp, SnapHeaders.X_TIMESTAMP);
        return SnapSymmetric.verify(clientSecret, method, rawPath, accessToken, body, timestamp, signature);
    }

    @Override
    public String toString() {
        return "SymmetricSnapVerifier[clientSecret=<redacted>, operations=" + operationIds + "]";
    }
}
