package dev.danakit.callbacks;

import jakarta.ws.rs.Path;
import java.util.Objects;

/**
 * One callback the merchant serves: where it is received and how it is verified and answered.
 *
 * @param path the path of the generated interface's {@code @Path}, with a leading slash
 * @param style how the callback is signed and answered
 * @param serviceCode the SNAP service code (two digits) used in SNAP response codes, e.g. {@code 56}
 * @param function the Open API {@code head.function}, for answers to requests too broken to echo it
 * @param responseType the generated response model: Open API envelopes of this type are signed on the way
 *     out, SNAP answers of this type get the HTTP status of their {@code responseCode}; {@code null} for none
 */
public record CallbackEndpoint(String path, CallbackStyle style, String serviceCode, String function,
        Class<?> responseType) {

    /**
     * @param path leading-slash path
     * @param style style
     * @param serviceCode two-digit SNAP service code
     * @param function Open API function name or {@code null}
     * @param responseType response model or {@code null}
     */
    public CallbackEndpoint {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(serviceCode, "serviceCode");
        if (!serviceCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("serviceCode must be two digits");
        }
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
