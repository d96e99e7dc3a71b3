package dev.danakit.contracts.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.contracts.spec.SpecCatalog;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecOperation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every pact written by this build agrees with the specs; a pact or a spec that drifts is reported.
 * Runs after the consumer tests (second surefire execution), on {@code target/pacts}.
 */
class PactSpecAgreementTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/merchant-backend-dana-widget-mismatched.json");

    private final PactSpecAgreement shipped = new PactSpecAgreement(SpecCatalog.shipped());

    @TestFactory
    Stream<DynamicTest> everyPactFileAgreesWithTheSpecs() throws IOException {
        List<Path> pacts = WrittenPacts.all();
        return pacts.stream().map(pact -> DynamicTest.dynamicTest(pact.getFileName().toString(),
                () -> assertEquals(List.of(), shipped.divergences(pact))));
    }

    @Test
    void aPactFixtureThatDriftsFromTheSpecIsReported() throws IOException {
        assertEquals(List.of(
                "merchant-backend-dana-widget-mismatched.json | applyOtt: 2004900 Successful | "
                        + "validation.response.body.schema.maxLength: [Path '/userResources/0/value'] "
                        + "String \"9kQ2mW7xR4tY1uI8oP3aS6dF0gH5jK2lZ7xC4vB1-9kQ2mW7xR4tY1uI8oP3aS6dF0gH5jK2lZ7xC4vB1\" "
                        + "is too long (length: 81, maximum allowed: 64)",
                "merchant-backend-dana-widget-mismatched.json | applyOtt: 2004900 Successful | request "
                        + "$.additionalInfo.accessToken: pact rules [^.{1,513}$] but the spec implies [^.{1,512}$]"),
                shipped.divergences(FIXTURE));
    }

    @Test
    void aMaxLengthRemovedFromTheSpecFailsTheContracts(@TempDir Path specs) throws IOException {
        copySpecs(SpecCatalog.shipped().dir(), specs);
        Path widget = specs.resolve("widget.yaml");
        // the field's own block: "accessToken:" followed by its description, minLength and maxLength lines
        String yaml = Files.readString(widget);
        String withoutBound = Pattern.compile("(?m)(^ +accessToken:\\n(?: +(?!maxLength).*\\n)*?) +maxLength: \\d+\\n")
                .matcher(yaml).replaceFirst("$1");
        assertTrue(withoutBound.length() < yaml.length(), "the fixture edit must remove a maxLength");
        Files.writeString(widget, withoutBound);
        SpecCatalog edited = new SpecCatalog(specs);

        // the pacts written from the shipped spec now diverge from the edited one ...
        List<String> divergences = new PactSpecAgreement(edited).divergences(WrittenPacts.FOLDER.resolve("merchant-backend-dana-widget.json"));
        assertTrue(divergences.stream().anyMatch(d -> d.endsWith("| request $.additionalInfo.accessToken: "
                + "string without maxLength in the spec; every DANA field is bounded")),
                () -> String.join("\n", divergences));
        // ... and the consumer tests cannot even build their contract from it
        SpecOperation applyOtt = edited.operations().stream().filter(o -> o.id().equals("applyOtt")).findFirst().orElseThrow();
        IllegalStateException unbounded = assertThrows(IllegalStateException.class, () -> SpecMatchers.body(
                applyOtt.requestSchema(), SpecMatchers.tree(applyOtt.requestExample()), "applyOtt request"));
        assertEquals("applyOtt request additionalInfo.accessToken: string without maxLength in the spec; "
                + "every DANA field is bounded", unbounded.getMessage());
    }

    private static void copySpecs(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
