package dev.danakit.client.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.danakit.client.outcome.DanaClientException;
import dev.danakit.client.outcome.RequestValidationException;
import dev.danakit.client.outcome.ResponseSignatureException;
import dev.danakit.client.outcome.TransportException;
import dev.danakit.protocol.codes.ResponseCodeCatalog;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationStyle;
import dev.danakit.protocol.operations.OperationTable;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.openapi.OpenApiVerifier;
import jakarta.validation.Validator;
import jakarta.ws.rs.client.Client;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way a call goes, top to bottom: {@link Call} in, then sign ({@link RequestSigner}: validate, serialise
 * once, sign those bytes), send ({@link Sender}: those bytes, to the Jersey client's connector), verify (DANA's
 * signature on an Open API answer, over the raw bytes), decode ({@link ResponseDecoder}: one parse for the model and
 * the code). Every operation is looked up in the protocol's {@link OperationTable} once, when the path is made.
 * Thread-safe: the path holds no per-call state; each call carries its own.
 */
public final class CallPath {

    private static final Logger LOG = LoggerFactory.getLogger(CallPath.class);

    private final Map<String, Route> routes;
    private final RequestSigner signer;
    private final Sender sender;
    private final OpenApiVerifier verifier;
    private final ResponseDecoder decoder;
    private final Supplier<String> externalIds;

    /**
     * @param apis the generated APIs to serve
     * @param table the operation table their paths are looked up in
     * @param jersey the Jersey client every call is sent through
     * @param danaBase DANA's base URL
     * @param nicepayBase NICEPAY's base URL (operations of style {@code nicepay})
     * @param settings credentials and header values
     * @param validator Bean Validation
     * @param verifier verifies Open API answers, or null when verification is turned off
     * @param catalog decodes codes
     * @param userAgent the User-Agent sent
     * @throws IllegalStateException if a generated API has an operation the table does not know
     */
    public CallPath(List<ApiBinding<?>> apis, OperationTable table, Client jersey, URI danaBase, URI nicepayBase,
            SigningSettings settings, Validator validator, OpenApiVerifier verifier, ResponseCodeCatalog catalog,
            String userAgent) {
        Map<String, Route> byPath = new HashMap<>();
        for (ApiBinding<?> api : apis) {
            ObjectMapper mapper = api.mapper().get();
            // fills request.head into the caller's model without replacing request.body
            ObjectReader merging = mapper.copy().setDefaultMergeable(Boolean.TRUE).reader();
            for (String path : api.paths()) {
                DanaOperation operation = table.byPath(path).orElseThrow(() -> new IllegalStateException(
                        "the operation table has no operation at " + path + " (" + api.type().getName() + ")"));
                String base = trimmed(operation.style() == OperationStyle.NICEPAY ? nicepayBase : danaBase);
                var target = jersey.target(base + path);
                URI uri = target.getUri();
                byPath.put(path, new Route(operation, target, uri, uri.getRawPath(), mapper, merging));
            }
        }
        this.routes = Map.copyOf(byPath);
        SecretMasker masker = new SecretMasker(new ObjectMapper(), 2048);
        this.signer = new RequestSigner(settings, validator, masker);
        this.sender = new Sender(jersey, userAgent);
        this.verifier = verifier;
        this.decoder = new ResponseDecoder(catalog);
        this.externalIds = settings.externalIds();
    }

    /**
     * @param call the attempt every exchange through the result runs as (one operation)
     * @return an exchange bound to that attempt, for a generated API
     */
    public ApiExchange exchangeFor(Call call) {
        return new Exchange(Objects.requireNonNull(call, "call"));
    }

    /** @return an exchange that runs every operation as a fresh single attempt (no retries) */
    public ApiExchange direct() {
        return new Exchange(null);
    }

    /** @return a fresh X-EXTERNAL-ID from the configured source */
    public String freshExternalId() {
        return externalIds.get();
    }

    private void run(Call call, Class<?> responseType) {
        signer.sign(call);
        sender.send(call);
        if (!call.answered()) {
            return;
        }
        Route route = call.route();
        if (verifier != null && route.operation().style() == OperationStyle.OPEN_API && call.status() / 100 == 2) {
            try {
                verifier.verify(call.responseBytes(), OpenApiEnvelope.RESPONSE);
            } catch (SignatureVerificationException e) {
                LOG.warn("{} {} externalId={} response signature rejected: {}", route.operation().method(),
                        route.signedPath(), call.externalId(), e.reason());
                throw new ResponseSignatureException(route.operation().operationId(), e);
            }
            call.verified();
        }
        decoder.decode(call, responseType);
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} externalId={} status={} responseCode={} latencyMs={}", route.operation().method(),
                    route.signedPath(), call.externalId(), call.status(),
                    call.code().code() == null ? "-" : call.code().code(),
                    TimeUnit.NANOSECONDS.toMillis(call.latencyNanos()));
        }
    }

    private static String trimmed(URI base) {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** An exchange over this path: bound to one attempt, or making a fresh one per operation. */
    private final class Exchange implements ApiExchange {

        private final Call bound;

        Exchange(Call bound) {
            this.bound = bound;
        }

        @Override
        public <T> Answer<T> exchange(String method, String path, Object body, Object constrained,
                Map<String, String> headers, Class<T> responseType) {
            Route route = routes.get(path);
            if (route == null || !route.operation().method().equals(method)) {
                throw new DanaClientException("no operation in the operation table is " + method + " " + path);
            }
            Call call = bound != null ? bound : new Call(1, externalIds.get());
            call.created(route, body, constrained, headers);
            run(call, responseType);
            if (!call.answered()) {
                throw new TransportException(route.operation().operationId(), call.transportError(),
                        call.transportCause());
            }
            T value = responseType.isInstance(call.value()) ? responseType.cast(call.value()) : null;
            boolean success = call.status() / 100 == 2 && (value != null || responseType == Void.class);
            return new Answer<>(call.status(), call.responseHeaders(), value,
                    success ? null : new String(call.responseBytes(), StandardCharsets.UTF_8));
        }

        @Override
        public RuntimeException missingParameter(String operationId, String parameter) {
            return new RequestValidationException(operationId,
                    List.of(new RequestValidationException.Violation(parameter, "must not be null")));
        }
    }
}
