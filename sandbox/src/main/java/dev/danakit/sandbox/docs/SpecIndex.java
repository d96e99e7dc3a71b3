package dev.danakit.sandbox.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The names of the published specs ({@code widget.yaml}, ...), from the index the build writes from the
 * {@code api} module's files: a spec added there appears in the sandbox with no code change.
 */
public final class SpecIndex {

    /** Classpath location of the index, one file name per line. */
    public static final String RESOURCE = "dana-sandbox/specs.txt";

    private SpecIndex() {
    }

    /**
     * @param loader the class loader holding the index
     * @return spec file names in alphabetical order
     */
    public static List<String> load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(s -> s.endsWith(".yaml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
