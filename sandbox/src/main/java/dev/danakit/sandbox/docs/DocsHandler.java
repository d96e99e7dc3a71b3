package dev.danakit.sandbox.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Serves Swagger UI at {@code /docs/} (the webjar's files with our own page and initializer, so nothing is
 * fetched from the internet) and the specs at {@code /openapi/<name>.yaml}, all from the classpath. A spec whose
 * operations this sandbox answers is served with the sandbox as its first server (the published file in
 * {@code dana-api} keeps DANA's), so "Try it out" reaches it.
 */
public final class DocsHandler extends HttpHandler {

    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8", "js", "application/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8", "png", "image/png", "map", "application/json",
            "yaml", "application/yaml;charset=utf-8");

    private final ClassLoader loader;
    private final String webjarRoot;
    private final byte[] indexPage;
    private final byte[] initializer;
    private final Set<String> servedSpecs;

    /**
     * @param loader where the webjar, the specs and the sandbox page live
     * @param specs spec file names to list in the dropdown
     * @param servedSpecs the specs whose operations this sandbox answers
     */
    public DocsHandler(ClassLoader loader, List<String> specs, Set<String> servedSpecs) {
        this.loader = loader;
        this.servedSpecs = Set.copyOf(servedSpecs);
        this.webjarRoot = WEBJAR + swaggerUiVersion(loader) + "/";
        this.indexPage = read("dana-sandbox/docs/index.html");
        String urls = specs.stream()
                .map(s -> "{url: \"/openapi/" + s + "\", name: \"" + s.substring(0, s.length() - ".yaml".length()) + "\"}")
                .collect(Collectors.joining(",\n      "));
        this.initializer = new String(read("dana-sandbox/docs/swagger-initializer.js"), StandardCharsets.UTF_8)
                .replace("/*SPEC_URLS*/", urls).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String path = request.getRequestURI();
        if (path.equals("/docs")) {
            response.sendRedirect("/docs/");
        } else if (path.equals("/docs/") || path.equals("/docs/index.html")) {
            send(response, "html", indexPage);
        } else if (path.equals("/docs/swagger-initializer.js")) {
            send(response, "js", initializer);
        } else if (path.startsWith("/docs/")) {
            sendResource(response, webjarRoot + path.substring("/docs/".length()));
        } else if (path.startsWith("/openapi/") && servedSpecs.contains(path.substring("/openapi/".length()))) {
            byte[] spec = readOrNull(path.substring(1));
            if (spec == null) {
                response.sendError(404);
            } else {
                send(response, "yaml", LocalServer.firstServer(spec, origin(request)));
            }
        } else if (path.startsWith("/openapi/") && path.endsWith(".yaml")) {
            sendResource(response, path.substring(1));
        } else {
            response.sendError(404);
        }
    }

    private void sendResource(Response response, String resource) throws IOException {
        if (resource.contains("..") || resource.contains("//")) {
            response.sendError(404);
            return;
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(404);
                return;
            }
            send(response, extension(resource), in.readAllBytes());
        }
    }

    /** @return {@code http://host:port} as the browser addressed this sandbox, or {@code null} */
    private static String origin(Request request) {
        String host = request.getHeader("Host");
        return host != null && host.matches("[A-Za-z0-9.\\-]+(:\\d{1,5})?|\\[[0-9A-Fa-f:.]+\\](:\\d{1,5})?")
                ? "http://" + host : null;
    }

    private byte[] readOrNull(String resource) throws IOException {
        if (resource.contains("..") || resource.contains("//")) {
            return null;
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void send(Response response, String extension, byte[] bytes) throws IOException {
        response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        response.setContentLength(bytes.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private byte[] read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static String swaggerUiVersion(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the swagger-ui webjar version", e);
        }
    }
}
