package dev.danakit.callbacks;

import java.util.Objects;

/**
 * One path at which the merchant receives one callback: the path registered with DANA (or NICEPAY), the
 * callback it carries, the generated interface that describes it, and the kit's verified, exactly-once
 * resource that serves it.
 *
 * @param path the path relative to the application, with one leading slash and no trailing slash
 * @param endpoint the callback
 * @param generatedInterface the generated JAX-RS interface, e.g. {@code FinishNotifyApi.class}
 * @param resource the kit's resource implementing that interface
 */
public record CallbackMount(String path, CallbackEndpoint endpoint, Class<?> generatedInterface, Object resource) {

    /**
     * @param path path
     * @param endpoint callback
     * @param generatedInterface generated interface
     * @param resource serving resource
     */
    public CallbackMount {
        path = normalise(path);
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(generatedInterface, "generatedInterface");
        Objects.requireNonNull(resource, "resource");
        if (!generatedInterface.isInstance(resource)) {
            throw new IllegalArgumentException(resource.getClass().getName() + " does not implement "
                    + generatedInterface.getName());
        }
    }

    /**
     * A merchant-chosen path in the one form the kit compares: one leading slash, no trailing slash, no
     * template, query or fragment (DANA posts to one exact URL).
     *
     * @param path e.g. {@code /v2/dana/callback-qris} or {@code webhooks/dana/finish/}
     * @return e.g. {@code /v2/dana/callback-qris}
     * @throws IllegalArgumentException for an empty path, a template, a query or a fragment
     */
    public static String normalise(String path) {
        Objects.requireNonNull(path, "path");
        String p = path.strip();
        for (char c : new char[] {'{', '}', '?', '#', ';', ' '}) {
            if (p.indexOf(c) >= 0) {
                throw new IllegalArgumentException("callback path must be one exact path, not '" + path + "'");
            }
        }
        p = p.startsWith("/") ? p : "/" + p;
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.equals("/") || p.contains("//")) {
            throw new IllegalArgumentException("callback path must name a resource, not '" + path + "'");
        }
        return p;
    }
}
