package dev.danakit.callbacks.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The fallback for a root build without user namespaces (CI containers): PostgreSQL from the Maven Central
 * binaries, running as an unprivileged user. Runs on every machine, so the fallback cannot rot unseen.
 */
class UnprivilegedClusterTest {

    @Test
    void theClusterAnswersAndItsServerNeverRunsAsRoot() throws Exception {
        try (UnprivilegedCluster cluster = UnprivilegedCluster.start()) {
            try (Connection c = cluster.dataSource().getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_user, current_setting('server_version_num')::int")) {
                rs.next();
                assertEquals("danakit", rs.getString(1));
                assertEquals(17, rs.getInt(2) / 10000, "the PostgreSQL of the binaries artifact");
            }
            String uid = Files.readAllLines(Path.of("/proc", Long.toString(cluster.postmasterPid()), "status")).stream()
                    .filter(line -> line.startsWith("Uid:")).findFirst().orElseThrow().split("\\s+")[1];
            assertNotEquals("0", uid, "the postmaster's real uid");
        }
    }
}
