package dev.danakit.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Finds and parses the product specs of this module, for the tests that police them. */
final class Specs {

    static final Path DIR = Path.of("src", "main", "resources", "openapi");

    // Parsing dominates this module's test time and the specs do not change during a run.
    private static final Map<Path, SwaggerParseResult> PARSED = new ConcurrentHashMap<>();
    private static final Map<Path, SwaggerParseResult> PARSED_FULLY = new ConcurrentHashMap<>();

    private Specs() {
    }

    /** Every product spec: the YAML files directly under openapi/, not the shared components. */
    static List<Path> productSpecs() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every YAML file, product specs and components alike. */
    static List<Path> allYaml() {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses with external references pulled into components, keeping local $refs. */
    static SwaggerParseResult parse(Path spec) {
        return PARSED.computeIfAbsent(spec, p -> parse(p, false));
    }

    /** Parses with every $ref inlined, so each schema can be walked without a lookup. */
    static OpenAPI parseFullyResolved(Path spec) {
        return PARSED_FULLY.computeIfAbsent(spec, p -> parse(p, true)).getOpenAPI();
    }

    private static SwaggerParseResult parse(Path spec, boolean resolveFully) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(resolveFully);
        return new OpenAPIV3Parser().readLocation(spec.toAbsolutePath().toString(), null, options);
    }
}
