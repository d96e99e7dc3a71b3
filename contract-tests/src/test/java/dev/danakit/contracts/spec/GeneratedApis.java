package dev.danakit.contracts.spec;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * Finds the code the generator made for an operation: {@code <base>.<product>.api.<Tag>Api#<operationId>}.
 * Which side of the conversation an operation is on is read from what was generated, not typed again.
 *
 * @param basePackage e.g. {@code dev.danakit.client} or {@code dev.danakit.server}
 */
public record GeneratedApis(String basePackage) {

    /** The merchant's client: DANA-side operations. */
    public static final GeneratedApis CLIENT = new GeneratedApis("dev.danakit.client");
    /** The merchant's server stubs: callbacks. */
    public static final GeneratedApis SERVER = new GeneratedApis("dev.danakit.server");

    /**
     * @param operation a spec operation
     * @return the generated API interface or class that has a method named after the operation
     */
    public Optional<Method> method(SpecOperation operation) {
        for (String product : products()) {
            try {
                Class<?> api = Class.forName(basePackage + "." + product + ".api." + operation.tag() + "Api");
                for (Method m : api.getMethods()) {
                    if (m.getName().equals(operation.id())) {
                        return Optional.of(m);
                    }
                }
            } catch (ClassNotFoundException notThisProduct) {
                // the tag's API lives in another product package
            }
        }
        return Optional.empty();
    }

    /** @return the product sub-packages that hold an {@code api} package, from directories or jars */
    public List<String> products() {
        String dir = basePackage.replace('.', '/');
        TreeSet<String> products = new TreeSet<>();
        try {
            Enumeration<URL> roots = GeneratedApis.class.getClassLoader().getResources(dir);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if ("jar".equals(root.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false); // a private JarFile, so closing it cannot hurt class loading
                    try (JarFile jar = connection.getJarFile()) {
                        jar.stream().map(e -> e.getName())
                                .filter(n -> n.startsWith(dir + "/") && n.endsWith("/api/"))
                                .map(n -> n.substring(dir.length() + 1, n.length() - "/api/".length()))
                                .filter(p -> !p.contains("/"))
                                .forEach(products::add);
                    }
                } else {
                    File[] children = Path.of(root.toURI()).toFile().listFiles();
                    for (File child : children == null ? new File[0] : children) {
                        if (new File(child, "api").isDirectory()) {
                            products.add(child.getName());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(products);
    }
}
