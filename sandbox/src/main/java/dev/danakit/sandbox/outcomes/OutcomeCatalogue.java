package dev.danakit.sandbox.outcomes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The codes each operation can answer, as {@code dana/response-codes.yaml} of {@code dana-api} lists them: the
 * one list the sandbox's outcome rules draw from, so a code added there (or an operation added to a spec and the
 * catalogue) can be produced on demand without a change here.
 */
public final class OutcomeCatalogue {

    /** The catalogue's resource in {@code dana-api}. */
    public static final String RESOURCE = "dana/response-codes.yaml";

    /**
     * One code of one operation.
     *
     * @param spec the spec file, e.g. {@code payment-gateway.yaml}
     * @param operationId the operation
     * @param style e.g. {@code snap-b2b}, {@code open-api}, {@code nicepay}
     * @param code the SNAP response code, Open API result code or NICEPAY resultCd
     * @param httpStatus the HTTP status it travels with
     * @param message DANA's message
     * @param resultStatus Open API S/F/U/A, or {@code null}
     * @param resultCodeId Open API result code id, or {@code null}
     */
    public record Code(String spec, String operationId, String style, String code, int httpStatus, String message,
                       String resultStatus, String resultCodeId) {

        /** @return true for the SNAP styles (seven-digit codes) */
        public boolean snap() {
            return style.startsWith("snap");
        }

        /** @return true for an answer that is a plain success (HTTP 200 with case 00, or Open API S) */
        public boolean success() {
            return snap() ? httpStatus == 200 && code.endsWith("00") : "S".equals(resultStatus) || "0000".equals(code);
        }

        /** @return the two-digit SNAP case code */
        public String caseCode() {
            return code.substring(5);
        }
    }

    private final Map<String, List<Code>> byOperation;

    private OutcomeCatalogue(Map<String, List<Code>> byOperation) {
        this.byOperation = byOperation;
    }

    /**
     * @param loader where {@value #RESOURCE} is
     * @return the catalogue of the operations DANA (or NICEPAY) answers; callbacks are the merchant's to answer
     */
    public static OutcomeCatalogue load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return of(new ObjectMapper(new YAMLFactory()).readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static OutcomeCatalogue of(JsonNode catalogue) {
        Map<String, List<Code>> byOperation = new LinkedHashMap<>();
        for (JsonNode op : catalogue.path("operations")) {
            if ("callback".equals(op.path("direction").asText())) {
                continue;
            }
            String spec = op.path("spec").asText();
            String operationId = op.path("operationId").asText();
            List<Code> codes = new ArrayList<>();
            for (JsonNode c : op.path("codes")) {
                codes.add(new Code(spec, operationId, op.path("style").asText(), c.path("code").asText(),
                        c.path("httpStatus").asInt(), c.path("message").asText(), text(c, "resultStatus"),
                        text(c, "resultCodeId")));
            }
            byOperation.put(key(spec, operationId), List.copyOf(codes));
        }
        return new OutcomeCatalogue(Collections.unmodifiableMap(byOperation));
    }

    /**
     * @param spec spec file name
     * @param operationId operation
     * @return its codes, in catalogue order; empty for an operation the catalogue does not know
     */
    public List<Code> codes(String spec, String operationId) {
        return byOperation.getOrDefault(key(spec, operationId), List.of());
    }

    /**
     * @param spec spec file name
     * @param operationId operation
     * @param code a code
     * @return that code of that operation, if the catalogue lists it
     */
    public Optional<Code> find(String spec, String operationId, String code) {
        return codes(spec, operationId).stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** @return every operation's codes, keyed {@code spec operationId} in catalogue order */
    public Map<String, List<Code>> all() {
        return byOperation;
    }

    static String key(String spec, String operationId) {
        return spec + " " + operationId;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
