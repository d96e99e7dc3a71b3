package dev.danakit.contracts.verification;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The pact files this build's consumer tests wrote (surefire's first execution), in name order. */
final class WrittenPacts {

    /** Where the consumer tests write them. */
    static final Path FOLDER = Path.of(System.getProperty("pact.rootDir", "target/pacts")).toAbsolutePath();

    private WrittenPacts() {
    }

    /** @return every pact file, never an empty list: no pact means the consumer tests did not run first */
    static List<Path> all() throws IOException {
        List<Path> pacts;
        try (Stream<Path> files = Files.list(FOLDER)) {
            pacts = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertFalse(pacts.isEmpty(), "no pact in " + FOLDER + ": the consumer tests run first");
        return pacts;
    }
}
