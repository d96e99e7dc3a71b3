package dev.danakit.callbacks.http;

import dev.danakit.callbacks.CallbackEndpoint;
import dev.danakit.protocol.answers.DanaAnswers;
import dev.danakit.protocol.operations.AnswerFormat;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.protocol.refusals.Refusal.Kind;
import dev.danakit.protocol.refusals.Refusals;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import dev.danakit.signing.snap.SnapHeaders;
import dev.danakit.signing.snap.SnapVerifier;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The gate in front of every callback: captures the raw body (bounded), checks content type, encoding and
 * the signature headers, verifies the SNAP or Open API signature over the exact received bytes within the
 * tolerance window, and only then lets Jersey bind the body from those same bytes. Whatever fails is
 * answered here, in the sender's format, before any handler is chosen.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class CallbackVerificationFilter implements ContainerRequestFilter {

    /** Longest accepted {@code X-SIGNATURE} (RSA-4096 base64 is 684 characters). */
    static final int MAX_SIGNATURE_HEADER = 1024;
    /** Longest accepted value of the other SNAP headers checked here. */
    static final int MAX_SNAP_HEADER = 64;
    private static final List<String> SNAP_SINGLE_HEADERS = List.of(SnapHeaders.X_TIMESTAMP, SnapHeaders.X_SIGNATURE,
            SnapHeaders.X_PARTNER_ID, SnapHeaders.X_EXTERNAL_ID, SnapHeaders.CHANNEL_ID);

    private final Map<String, CallbackEndpoint> endpointsByPath;
    private final Map<String, CallbackEndpoint> unmountedByPath;
    private final SnapVerifier snapVerifier;
    private final OpenApiVerifier openApiVerifier;
    private final SymmetricSnapVerifier symmetricVerifier;
    private final int maxBodyBytes;
    private final DanaAnswers answers;

    /**
     * @param endpointsByPath served callbacks by path (leading slash)
     * @param unmountedByPath the spec's default paths of served callbacks that the merchant mounted elsewhere:
     *     a request there is refused in the callback's format ({@code 404xx02 Invalid Routing} for SNAP)
     * @param snapVerifier verifies SNAP callbacks, {@code null} if none is served
     * @param openApiVerifier verifies Open API callbacks, {@code null} if none is served
     * @param maxBodyBytes largest accepted body
     * @param answers renders refusals
     */
    public CallbackVerificationFilter(Map<String, CallbackEndpoint> endpointsByPath,
            Map<String, CallbackEndpoint> unmountedByPath, SnapVerifier snapVerifier,
            OpenApiVerifier openApiVerifier, int maxBodyBytes, DanaAnswers answers) {
        this(endpointsByPath, unmountedByPath, snapVerifier, openApiVerifier, null, maxBodyBytes, answers);
    }

    /**
     * @param endpointsByPath served callbacks by path (leading slash)
     * @param unmountedByPath the spec's default paths of served callbacks mounted elsewhere
     * @param snapVerifier verifies SNAP callbacks, {@code null} if none is served
     * @param openApiVerifier verifies Open API callbacks, {@code null} if none is served
     * @param symmetricVerifier accepts the HMAC signature on the callbacks DANA may sign symmetrically,
     *     {@code null} for none (then only DANA's RSA signature is accepted)
     * @param maxBodyBytes largest accepted body
     * @param answers renders refusals
     */
    public CallbackVerificationFilter(Map<String, CallbackEndpoint> endpointsByPath,
            Map<String, CallbackEndpoint> unmountedByPath, SnapVerifier snapVerifier,
            OpenApiVerifier openApiVerifier, SymmetricSnapVerifier symmetricVerifier, int maxBodyBytes,
            DanaAnswers answers) {
        this.symmetricVerifier = symmetricVerifier;
        this.endpointsByPath = Map.copyOf(endpointsByPath);
        this.unmountedByPath = Map.copyOf(unmountedByPath);
        this.snapVerifier = snapVerifier;
        this.openApiVerifier = openApiVerifier;
        this.maxBodyBytes = maxBodyBytes;
        this.answers = Objects.requireNonNull(answers, "answers");
    }

    /**
     * @param relativePath a request path relative to the application, with or without leading slash
     * @param endpointsByPath served callbacks by path
     * @return the callback served there, or {@code null}
     */
    static CallbackEndpoint match(String relativePath, Map<String, CallbackEndpoint> endpointsByPath) {
        String path = relativePath.startsWith("/") ? relativePath : "/" + relativePath;
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return endpointsByPath.get(path);
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String path = request.getUriInfo().getPath();
        CallbackEndpoint endpoint = match(path, endpointsByPath);
        if (endpoint == null) {
            CallbackEndpoint moved = match(path, unmountedByPath);
            if (moved != null) {
                request.setProperty(RequestProperties.ENDPOINT, moved);
                request.abortWith(AnswerResponses.of(answers.refusal(moved.operation(), notMounted(moved), (byte[]) null)));
            }
            return;
        }
        request.setProperty(RequestProperties.ENDPOINT, endpoint);
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return; // Jersey answers 405; the exception mapper puts it in the sender's format.
        }
        byte[] body = null;
        try {
            checkContentType(request.getMediaType());
            if (endpoint.format() == AnswerFormat.SNAP) {
                checkSnapHeaders(request);
            }
            body = readBody(request);
            request.setProperty(RequestProperties.RAW_BODY, body);
            checkText(body);
            verify(endpoint, request, body);
            request.setProperty(RequestProperties.VERIFIED, request.getUriInfo().getRequestUri().getRawPath());
        } catch (Refusal rejection) {
            request.abortWith(AnswerResponses.of(answers.refusal(endpoint.operation(), rejection, body)));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static Refusal notMounted(CallbackEndpoint endpoint) {
        return endpoint.format() == AnswerFormat.SNAP ? Refusal.snap(404, "02", "Invalid Routing")
                : new Refusal(Kind.BAD_REQUEST, "no callback is mounted at this path");
    }

    private static void checkContentType(MediaType type) {
        boolean json = type != null && "application".equalsIgnoreCase(type.getType())
                && "json".equalsIgnoreCase(type.getSubtype());
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (!json || charset != null && !"utf-8".equalsIgnoreCase(charset)) {
            throw new Refusal(Kind.BAD_REQUEST, Refusals.NOT_JSON_CONTENT_TYPE);
        }
    }

    private static void checkSnapHeaders(ContainerRequestContext request) {
        for (String name : SNAP_SINGLE_HEADERS) {
            List<String> values = request.getHeaders().get(name);
            if (values == null || values.isEmpty()) {
                continue; // absence is judged by the verifier (signature headers) or Bean Validation
            }
            int limit = SnapHeaders.X_SIGNATURE.equals(name) ? MAX_SIGNATURE_HEADER : MAX_SNAP_HEADER;
            if (values.size() > 1 || values.get(0).length() > limit) {
                throw new Refusal(Kind.INVALID_FIELD_FORMAT, name);
            }
        }
    }

    private byte[] readBody(ContainerRequestContext request) throws IOException {
        // Read up to one byte past the limit even when Content-Length already says too much: a container that
        // answers while most of the body is unread may reset the connection before the answer is read.
        InputStream in = request.getEntityStream();
        byte[] body = in == null ? new byte[0] : in.readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            throw tooLarge();
        }
        if (isBlank(body)) {
            throw new Refusal(Kind.BAD_REQUEST, "body is empty");
        }
        return body;
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private Refusal tooLarge() {
        return new Refusal(Kind.BAD_REQUEST, "body exceeds " + maxBodyBytes + " bytes");
    }

    /**
     * JSON text is UTF-8 without raw control characters (they must be escaped even inside strings). Refusing
     * them here also keeps Jackson from guessing UTF-16/UTF-32 from NUL bytes and failing outside its own
     * exception types.
     *
     * @param body the received body
     * @throws Refusal BAD_REQUEST otherwise
     */
    static void checkText(byte[] body) {
        // one scan, nothing decoded: Jackson decodes the body once, later
        boolean utf8 = true;
        int i = 0;
        while (i < body.length) {
            int b = body[i] & 0xFF;
            if (b < 0x80) {
                if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
                    throw new Refusal(Kind.BAD_REQUEST, "body contains a raw control character");
                }
                i++;
            } else {
                int length = utf8 ? sequenceLength(body, i) : 0;
                utf8 = length > 0;
                i += Math.max(length, 1);
            }
        }
        if (!utf8) {
            throw new Refusal(Kind.BAD_REQUEST, Refusals.NOT_UTF8);
        }
    }

    /**
     * @return the length of the well-formed UTF-8 sequence (RFC 3629: no overlong form, no surrogate, nothing
     *     above U+10FFFF) that starts at {@code i} with a byte of 0x80 or more, or 0 when there is none
     */
    private static int sequenceLength(byte[] body, int i) {
        int lead = body[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > body.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int next = body[i + k] & 0xFF;
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                return 0;
            }
        }
        return length;
    }

    private void verify(CallbackEndpoint endpoint, ContainerRequestContext request, byte[] body) {
        try {
            switch (endpoint.format()) {
                case SNAP -> {
                    String rawPath = request.getUriInfo().getRequestUri().getRawPath();
                    String timestamp = request.getHeaderString(SnapHeaders.X_TIMESTAMP);
                    String signature = request.getHeaderString(SnapHeaders.X_SIGNATURE);
                    if (symmetricVerifier != null && symmetricVerifier.accepts(endpoint.operation())
                            && symmetricVerifier.verifies(request.getMethod(), rawPath, body,
                                    request.getHeaderString(HttpHeaders.AUTHORIZATION), timestamp, signature)) {
                        return;
                    }
                    snapVerifier.verify(request.getMethod(), rawPath, body, timestamp, signature);
                }
                case OPEN_API -> openApiVerifier.verify(body, OpenApiEnvelope.REQUEST);
                case NICEPAY -> {
                    // NICEPAY proves itself with merchantToken inside the body, checked after binding.
                }
                default -> throw new IllegalStateException("unknown format " + endpoint.format());
            }
        } catch (SignatureVerificationException e) {
            throw Refusals.of(e);
        }
    }
}
