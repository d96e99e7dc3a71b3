package dev.danakit.contracts.spec;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every operation of every spec in one directory: the table the contract tests are generated from.
 * A new spec or operation in {@code api} shows up here without a line of test code.
 *
 * @param dir the directory holding the product specs (and {@code components/})
 */
public record SpecCatalog(Path dir) {

    /** @return the catalogue of the specs this build ships ({@code -Ddana.spec.dir}, set by the pom) */
    public static SpecCatalog shipped() {
        String dir = System.getProperty("dana.spec.dir");
        if (dir == null) {
            throw new IllegalStateException("system property dana.spec.dir is not set (the pom sets it for surefire)");
        }
        return new SpecCatalog(Path.of(dir));
    }

    /** @return the product spec files, sorted */
    public List<Path> specFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return all operations of all specs, in file and path order */
    public List<SpecOperation> operations() {
        List<SpecOperation> operations = new ArrayList<>();
        for (Path file : specFiles()) {
            OpenAPI spec = load(file);
            spec.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                    operations.add(new SpecOperation(file, spec, path, method.name(), operation))));
        }
        return operations;
    }

    /** @return operations the merchant calls: those the generated client has a method for */
    public List<SpecOperation> danaSide() {
        return operations().stream().filter(o -> GeneratedApis.CLIENT.method(o).isPresent()).toList();
    }

    /** @return operations DANA or NICEPAY call on the merchant: those the generated server stubs have */
    public List<SpecOperation> callbacks() {
        return operations().stream().filter(o -> GeneratedApis.SERVER.method(o).isPresent()).toList();
    }

    /**
     * @param name a header name, e.g. X-PARTNER-ID
     * @return the spec's example for it (the merchant's configuration in the contracts), if any operation has it
     */
    public Optional<String> headerExample(String name) {
        return operations().stream().flatMap(o -> o.headers().stream()).filter(h -> h.getName().equals(name))
                .findFirst().map(SpecMatchers::headerExample);
    }

    /**
     * @param file a spec file
     * @return the spec with every {@code $ref} (also across files) resolved and inlined
     */
    public static OpenAPI load(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIParser().readLocation(file.toUri().toString(), null, options);
        if (result.getOpenAPI() == null || !result.getMessages().isEmpty()) {
            throw new IllegalStateException(file + " does not parse: " + result.getMessages());
        }
        return result.getOpenAPI();
    }

}
