package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.sandbox.outcomes.OutcomeRules;
import dev.danakit.sandbox.outcomes.OutcomeTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sandbox README's table of every documented outcome is the one {@link OutcomeTable} computes from the rules,
 * the catalogue and the specs, so the two cannot drift. On a difference the table as it should be is written to
 * {@code target/outcome-table.md}: paste it between the README's markers.
 */
class OutcomeTableReadmeTest {

    private static final String START = "<!-- outcome-table:start (generated: OutcomeTableReadmeTest) -->\n";
    private static final String END = "<!-- outcome-table:end -->";

    @Test
    void theReadmeTableIsTheComputedOne() throws Exception {
        ClassLoader loader = getClass().getClassLoader();
        String expected = OutcomeTable.markdown(OutcomeTable.rows(OutcomeRules.load(loader), loader,
                Sandbox.servedPaths()));
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertTrue(start >= 0 && end > start, "README.md has no outcome table markers");
        String actual = readme.substring(start + START.length(), end);
        if (!expected.equals(actual)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "outcome-table.md"), expected, StandardCharsets.UTF_8);
        }
        assertEquals(expected, actual, "the README's outcome table is out of date: paste target/outcome-table.md "
                + "between its markers");
    }
}
