package dev.danakit.contracts.consumer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The pact files of one consumer in {@code pact.rootDir}, where Pact merges new interactions into old files. */
final class PactFiles {

    private PactFiles() {
    }

    /**
     * Deletes a consumer's pact files before its tests write them again, so an interaction removed from a
     * spec does not linger in a pact after a build without {@code clean}.
     *
     * @param consumer the consumer name (pact files are {@code <consumer>-<provider>.json})
     * @throws IOException if a file cannot be deleted
     */
    static void deleteOf(String consumer) throws IOException {
        Path dir = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, consumer + "-*.json")) {
            for (Path f : files) {
                Files.delete(f);
            }
        }
    }
}
