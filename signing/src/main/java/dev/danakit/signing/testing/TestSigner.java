package dev.danakit.signing.testing;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.AccessTokenSignature;
import dev.danakit.signing.snap.SnapAsymmetric;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * <b>For tests only.</b> Produces ready-to-send signed SNAP headers and Open API envelopes so that tests
 * of clients and callback endpoints can forge valid — and, by changing one input, invalid — traffic.
 *
 * <p>Use it with test-only keys. It lives in main sources so other modules' tests can use it without a
 * test-jar; nothing in production code paths calls it. Returned header maps are mutable copies, so a test
 * can remove or replace a header to build a failing case.
 */
public final class TestSigner {

    private final PrivateKey privateKey;
    private final Clock clock;

    /**
     * @param privateKey a test-only RSA private key
     * @param clock the clock that stamps X-TIMESTAMP / reqTime (usually {@code Clock.fixed})
     */
    public TestSigner(PrivateKey privateKey, Clock clock) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return the clock's time as a SNAP timestamp */
    public String timestamp() {
        return SnapTimestamp.now(clock);
    }

    /**
     * @param shift added to the clock's time; negative for the past (stale-timestamp tests)
     * @return the shifted time as a SNAP timestamp
     */
    public String timestamp(Duration shift) {
        return SnapTimestamp.format(clock.instant().plus(shift));
    }

    /**
     * Signed SNAP asymmetric headers stamped with the clock's time.
     *
     * @param method HTTP method
     * @param relativePath relative path
     * @param body exact body bytes that will be sent
     * @return mutable map with {@code X-TIMESTAMP} and {@code X-SIGNATURE}
     */
    public Map<String, String> snapHeaders(String method, String relativePath, byte[] body) {
        return snapHeaders(method, relativePath, body, timestamp());
    }

    /**
     * Signed SNAP asymmetric headers with an explicit timestamp (which may be stale or malformed on purpose).
     *
     * @param method HTTP method
     * @param relativePath relative path
     * @param body exact body bytes
     * @param timestamp the {@code X-TIMESTAMP} to send and sign
     * @return mutable map with {@code X-TIMESTAMP} and {@code X-SIGNATURE}
     */
    public Map<String, String> snapHeaders(String method, String relativePath, byte[] body, String timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SnapHeaders.X_TIMESTAMP, timestamp);
        headers.put(SnapHeaders.X_SIGNATURE, SnapAsymmetric.sign(privateKey, method, relativePath, body, timestamp));
        return headers;
    }

    /**
     * Signed access-token request headers.
     *
     * @param clientId the client id
     * @return mutable map with {@code X-TIMESTAMP}, {@code X-CLIENT-KEY} and {@code X-SIGNATURE}
     */
    public Map<String, String> accessTokenHeaders(String clientId) {
        String ts = timestamp();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SnapHeaders.X_TIMESTAMP, ts);
        headers.put(SnapHeaders.X_CLIENT_KEY, clientId);
        headers.put(SnapHeaders.X_SIGNATURE, AccessTokenSignature.sign(privateKey, clientId, ts));
        return headers;
    }

    /**
     * Signs value bytes and wraps them as {@code {"request":...,"signature":...}}.
     *
     * @param requestValue exact {@code request} value bytes
     * @return envelope bytes
     */
    public byte[] openApiRequest(byte[] requestValue) {
        return OpenApiEnvelope.signAndCompose(privateKey, OpenApiEnvelope.REQUEST, requestValue);
    }

    /**
     * Signs value bytes and wraps them as {@code {"response":...,"signature":...}}.
     *
     * @param responseValue exact {@code response} value bytes
     * @return envelope bytes
     */
    public byte[] openApiResponse(byte[] responseValue) {
        return OpenApiEnvelope.signAndCompose(privateKey, OpenApiEnvelope.RESPONSE, responseValue);
    }

    /**
     * Builds an Open API value {@code {"head":{...},"body":<bodyJson>}} stamped with the clock's time.
     *
     * @param member {@link OpenApiEnvelope#REQUEST} (head gets {@code reqTime}) or {@link OpenApiEnvelope#RESPONSE}
     *     ({@code respTime})
     * @param function e.g. {@code dana.oauth.unbind.notify}
     * @param clientId the client id
     * @param reqMsgId the message id
     * @param bodyJson the body object as raw JSON, inserted verbatim
     * @return value bytes, ready for {@link #openApiRequest} / {@link #openApiResponse}
     */
    public byte[] openApiValue(String member, String function, String clientId, String reqMsgId, String bodyJson) {
        String timeField = OpenApiEnvelope.REQUEST.equals(member) ? "reqTime"
                : OpenApiEnvelope.RESPONSE.equals(member) ? "respTime" : null;
        if (timeField == null) {
            throw new IllegalArgumentException("member must be \"request\" or \"response\"");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = OpenApiEnvelope.newJsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("head");
            g.writeStringField("version", "2.0");
            g.writeStringField("function", function);
            g.writeStringField("clientId", clientId);
            g.writeStringField(timeField, timestamp());
            g.writeStringField("reqMsgId", reqMsgId);
            if (OpenApiEnvelope.REQUEST.equals(member)) {
                g.writeStringField("reserve", "{}");
            }
            g.writeEndObject();
            g.writeFieldName("body");
            g.writeRawValue(bodyJson);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return "TestSigner[key=<redacted>]";
    }
}
