package dev.danakit.sandbox.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Serves Swagger UI at {@code /docs/} (the webjar's files with our own page and initializer, so nothing is
 * fetched from the internet) and the raw specs at {@code /openapi/<name>.yaml}, all from the classpath.
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

    /**
     * @param loader where the webjar, the specs and the sandbox page live
     * @param specs spec file names to list in the dropdown
     */
    public DocsHandler(ClassLoader loader, List<String> specs) {
        this.loader = loader;
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
