package dev.danakit.callbacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One verified notification as it reached the merchant: the generated model with what could be bound, the exact
 * bytes whose signature verified, the list of deviations from the spec, and the whole JSON document as it
 * arrived, so that an unknown or re-cased field is never lost.
 *
 * @param <T> the generated request model
 */
public final class Notification<T> {

    /** Reads the document of bytes the kit has already parsed once under the callbacks' limits. */
    private static final ObjectMapper DOCUMENT_READER = new ObjectMapper();

    private final T model;
    private final byte[] rawBody;
    private volatile JsonNode document;
    private final List<Deviation> deviations;
    private final String path;
    private final Map<String, String> headers;

    /**
     * @param model the bound model
     * @param rawBody the exact received bytes (not copied: the kit hands out copies)
     * @param document the JSON document as received (the kit never changes it), or {@code null} to read it from
     *     {@code rawBody} when first asked for (most handlers never ask, and a body bound in the spec's shape is
     *     then parsed once only)
     * @param deviations how the notification differs from its spec
     * @param path the request path as received
     * @param headers the request headers the callback's interface declares, by name, as received
     */
    public Notification(T model, byte[] rawBody, JsonNode document, List<Deviation> deviations, String path,
            Map<String, String> headers) {
        this.model = Objects.requireNonNull(model, "model");
        this.rawBody = Objects.requireNonNull(rawBody, "rawBody");
        this.document = document;
        this.deviations = List.copyOf(deviations);
        this.path = Objects.requireNonNull(path, "path");
        this.headers = Map.copyOf(headers);
    }

    /** @return the generated model with everything that could be bound (times normalised to the spec's form) */
    public T model() {
        return model;
    }

    /** @return a copy of the exact bytes received, over which the signature verified */
    public byte[] rawBody() {
        return rawBody.clone();
    }

    /** @return the JSON document exactly as received, unknown and re-cased fields included; do not modify it */
    public JsonNode document() {
        JsonNode read = document;
        if (read == null) {
            read = readDocument(rawBody);
            document = read;
        }
        return read;
    }

    private static JsonNode readDocument(byte[] rawBody) {
        if (rawBody.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode read = DOCUMENT_READER.readTree(rawBody);
            return read == null ? MissingNode.getInstance() : read;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /**
     * A field as it arrived, by JSON Pointer, e.g. {@code /externalStoreID} or {@code /additionalInfo/tipsAmount}.
     *
     * @param pointer a JSON Pointer
     * @return the value as received, if present
     */
    public Optional<JsonNode> field(String pointer) {
        JsonNode node = document().at(pointer);
        return node.isMissingNode() ? Optional.empty() : Optional.of(node);
    }

    /** @return how the notification differs from its spec (empty when it matches) */
    public List<Deviation> deviations() {
        return deviations;
    }

    /** @return the request path as received, e.g. {@code /v2/dana/callback-qris} */
    public String path() {
        return path;
    }

    /**
     * @param name a header the callback's interface declares, e.g. {@code X-EXTERNAL-ID}
     * @return its value as received, if present
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public String toString() {
        return "Notification[" + path + ", " + model.getClass().getSimpleName() + ", " + deviations.size()
                + " deviations]";
    }
}
