package dev.danakit.signing.openapi;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import dev.danakit.signing.internal.Rsa;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Objects;

/**
 * The DANA Open API envelope: {@code {"request":{"head":{...},"body":{...}},"signature":"..."}} and its
 * {@code "response"} mirror. The signature covers the exact bytes of the {@code request}/{@code response}
 * value as sent.
 *
 * <p>Reading never re-serialises: a streaming parser reports the byte offsets of the value inside the
 * received body and those bytes are sliced out unchanged. Writing emits the value bytes verbatim.
 * Parser limits (nesting depth, string, number and document length) make hostile input cheap to reject.
 */
public final class OpenApiEnvelope {

    /** Member holding a signed request. */
    public static final String REQUEST = "request";
    /** Member holding a signed response. */
    public static final String RESPONSE = "response";
    /** Top-level member holding the base64 signature. */
    public static final String SIGNATURE = "signature";

    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1 << 20;
    static final int MAX_NUMBER_LENGTH = 100;
    static final int MAX_NAME_LENGTH = 1024;
    static final long MAX_DOCUMENT_LENGTH = 8L << 20;

    /**
     * Shared by the static helpers: a configured factory is immutable and thread-safe, and building one per
     * call costs more than parsing a 1 KB envelope.
     */
    private static final JsonFactory SHARED_FACTORY = newJsonFactory();

    private OpenApiEnvelope() {
    }

    /**
     * What the streaming parser found in a received envelope.
     *
     * @param member {@code request} or {@code response}
     * @param value the exact bytes of the member's value, or {@code null} if it is absent or not an object
     * @param signature the top-level {@code signature} string, or {@code null} if absent or not a string
     * @param headTime {@code head.reqTime} (request) or {@code head.respTime} (response), or {@code null}
     */
    public record Parsed(String member, byte[] value, String signature, String headTime) {

        /** @return {@code reqTime} or {@code respTime}, the head field that dates this envelope */
        public String headTimeField() {
            return timeField(member);
        }

        @Override
        public String toString() {
            // The signature and payload are left out: toString output lands in logs.
            return "OpenApiEnvelope.Parsed[member=" + member + ", valueBytes=" + (value == null ? -1 : value.length)
                    + ", signaturePresent=" + (signature != null) + ", headTime=" + headTime + "]";
        }
    }

    /**
     * A JsonFactory with this module's limits. Field-name interning is off, so names never reach the
     * JVM-wide string pool.
     *
     * @return a new factory
     */
    public static JsonFactory newJsonFactory() {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                        .build())
                // Canonicalisation must stay on: without it Jackson falls back to a char-based parser
                // that reports no byte offsets. Interning is off so names never reach the JVM-wide pool.
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    /**
     * Returns the exact raw bytes of the top-level {@code member} value.
     *
     * @param rawBody the received body
     * @param member {@link #REQUEST} or {@link #RESPONSE}
     * @return a copy of the value's bytes, byte for byte as received
     * @throws SignatureVerificationException BODY_NOT_JSON or MISSING_SIGNED_VALUE
     */
    public static byte[] signedValue(byte[] rawBody, String member) {
        Parsed parsed = parse(SHARED_FACTORY, rawBody, member);
        if (parsed.value() == null) {
            throw new SignatureVerificationException(Reason.MISSING_SIGNED_VALUE, member);
        }
        return parsed.value();
    }

    /**
     * Reads the signed value, the top-level signature and the head time in one streaming pass.
     *
     * @param rawBody the received body
     * @param member {@link #REQUEST} or {@link #RESPONSE}
     * @return what was found; absent parts are {@code null}
     * @throws SignatureVerificationException BODY_NOT_JSON if the body is not one well-formed JSON object
     *     within the parser limits, or has a duplicated top-level member
     */
    public static Parsed parse(byte[] rawBody, String member) {
        return parse(SHARED_FACTORY, rawBody, member);
    }

    /**
     * Like {@link #parse(byte[], String)} with a caller-held factory from {@link #newJsonFactory()}.
     *
     * @param factory the factory
     * @param rawBody the received body
     * @param member {@link #REQUEST} or {@link #RESPONSE}
     * @return what was found
     */
    public static Parsed parse(JsonFactory factory, byte[] rawBody, String member) {
        Objects.requireNonNull(factory, "factory");
        String timeField = timeField(member);
        if (rawBody == null || rawBody.length == 0) {
            throw new SignatureVerificationException(Reason.BODY_NOT_JSON);
        }
        try (JsonParser p = factory.createParser(rawBody)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new SignatureVerificationException(Reason.BODY_NOT_JSON);
            }
            byte[] value = null;
            boolean seenMember = false;
            boolean seenSignature = false;
            String signature = null;
            String time = null;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (member.equals(name)) {
                    // A second copy could be what the application reads while the first is what we verified.
                    seenMember = rejectDuplicate(seenMember);
                    if (v == JsonToken.START_OBJECT) {
                        int start = Math.toIntExact(p.currentTokenLocation().getByteOffset());
                        time = scanValueForTime(p, timeField);
                        int end = Math.toIntExact(p.currentTokenLocation().getByteOffset()) + 1;
                        value = Arrays.copyOfRange(rawBody, start, end);
                    } else {
                        p.skipChildren();
                    }
                } else if (SIGNATURE.equals(name)) {
                    seenSignature = rejectDuplicate(seenSignature);
                    if (v == JsonToken.VALUE_STRING) {
                        signature = p.getText();
                    } else {
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new SignatureVerificationException(Reason.BODY_NOT_JSON);
            }
            return new Parsed(member, value, signature, time);
        } catch (JacksonException e) {
            // Parser messages quote the input; only the reason survives.
            throw new SignatureVerificationException(Reason.BODY_NOT_JSON);
        } catch (IOException e) {
            throw new SignatureVerificationException(Reason.BODY_NOT_JSON);
        }
    }

    /**
     * Signs value bytes exactly as they will be sent.
     *
     * @param key the sender's RSA private key
     * @param valueBytes the serialised {@code request}/{@code response} value
     * @return base64 SHA256withRSA signature
     */
    public static String sign(PrivateKey key, byte[] valueBytes) {
        Objects.requireNonNull(valueBytes, "valueBytes");
        return Rsa.signBase64(key, valueBytes);
    }

    /**
     * Writes {@code {"<member>":<valueBytes>,"signature":"<signature>"}} with the value copied verbatim.
     *
     * @param member {@link #REQUEST} or {@link #RESPONSE}
     * @param valueBytes the exact signed value bytes (a JSON object)
     * @param signature base64 signature
     * @return the envelope bytes
     */
    public static byte[] compose(String member, byte[] valueBytes, String signature) {
        timeField(member);
        Objects.requireNonNull(valueBytes, "valueBytes");
        Objects.requireNonNull(signature, "signature");
        for (int i = 0; i < signature.length(); i++) {
            char c = signature.charAt(i);
            // Base64 only: anything else could break out of the JSON string.
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                    || c == '=')) {
                throw new IllegalArgumentException("signature is not standard base64");
            }
        }
        byte[] head = ("{\"" + member + "\":").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = (",\"" + SIGNATURE + "\":\"" + signature + "\"}").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[head.length + valueBytes.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(valueBytes, 0, out, head.length, valueBytes.length);
        System.arraycopy(tail, 0, out, head.length + valueBytes.length, tail.length);
        return out;
    }

    /**
     * Signs and composes in one step.
     *
     * @param key the sender's RSA private key
     * @param member {@link #REQUEST} or {@link #RESPONSE}
     * @param valueBytes the exact value bytes
     * @return the envelope bytes
     */
    public static byte[] signAndCompose(PrivateKey key, String member, byte[] valueBytes) {
        return compose(member, valueBytes, sign(key, valueBytes));
    }

    /**
     * @param member {@link #REQUEST} or {@link #RESPONSE}
     * @return {@code reqTime} or {@code respTime}
     */
    static String timeField(String member) {
        if (REQUEST.equals(member)) {
            return "reqTime";
        }
        if (RESPONSE.equals(member)) {
            return "respTime";
        }
        throw new IllegalArgumentException("member must be \"request\" or \"response\"");
    }

    private static boolean rejectDuplicate(boolean seen) {
        if (seen) {
            throw new SignatureVerificationException(Reason.BODY_NOT_JSON);
        }
        return true;
    }

    /** Walks the value object (parser on its START_OBJECT) to its END_OBJECT, picking up head.{timeField}. */
    private static String scanValueForTime(JsonParser p, String timeField) throws IOException {
        String time = null;
        boolean seenHead = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if ("head".equals(name) && v == JsonToken.START_OBJECT) {
                seenHead = rejectDuplicate(seenHead);
                boolean seenTime = false;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String headName = p.currentName();
                    JsonToken hv = p.nextToken();
                    if (timeField.equals(headName)) {
                        seenTime = rejectDuplicate(seenTime);
                        time = hv == JsonToken.VALUE_STRING ? p.getText() : null;
                    }
                    p.skipChildren();
                }
            } else {
                p.skipChildren();
            }
        }
        return time;
    }
}
