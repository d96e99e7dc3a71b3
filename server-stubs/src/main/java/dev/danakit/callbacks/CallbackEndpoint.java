package dev.danakit.callbacks;

import dev.danakit.protocol.operations.AnswerFormat;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.protocol.operations.OperationTable;
import jakarta.ws.rs.Path;
import java.util.Objects;

/**
 * One callback the merchant serves: its operation in the table generated from the specs (path, style, service
 * code, Open API function) and the generated model it answers with.
 *
 * @param operation the callback's operation
 * @param responseType the generated response model: Open API envelopes of this type are signed on the way
 *     out, SNAP answers of this type get the HTTP status of their {@code responseCode}; {@code null} for none
 */
public record CallbackEndpoint(DanaOperation operation, Class<?> responseType) {

    /**
     * @param operation the operation
     * @param responseType response model or {@code null}
     */
    public CallbackEndpoint {
        Objects.requireNonNull(operation, "operation");
    }

    /**
     * The callback a generated interface serves, found in the operation table by the interface's path.
     *
     * @param generatedInterface e.g. {@code UnbindNotifyApi.class}
     * @param responseType its response model, or {@code null}
     * @return the endpoint
     * @throws IllegalArgumentException if no spec operation has that path
     */
    public static CallbackEndpoint of(Class<?> generatedInterface, Class<?> responseType) {
        String path = pathOf(generatedInterface);
        DanaOperation operation = OperationTable.dana().byPath(path).orElseThrow(() -> new IllegalArgumentException(
                generatedInterface.getName() + ": no operation of the specs at " + path));
        return new CallbackEndpoint(operation, responseType);
    }

    /** @return the path of the callback, with a leading slash */
    public String path() {
        return operation.path();
    }

    /** @return how the callback is answered */
    public AnswerFormat format() {
        return operation.answerFormat();
    }

    /**
     * The path declared by a generated JAX-RS interface.
     *
     * @param generatedInterface e.g. {@code UnbindNotifyApi.class}
     * @return its {@code @Path} value with one leading slash
     */
    public static String pathOf(Class<?> generatedInterface) {
        Path path = generatedInterface.getAnnotation(Path.class);
        if (path == null) {
            throw new IllegalArgumentException(generatedInterface.getName() + " has no @Path");
        }
        String value = path.value();
        return value.startsWith("/") ? value : "/" + value;
    }
}
