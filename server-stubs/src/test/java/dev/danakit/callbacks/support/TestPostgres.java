package dev.danakit.callbacks.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 *   <li>otherwise a throwaway cluster is created under {@code target/postgres} with the installed
 *       {@code initdb}/{@code pg_ctl} ({@code danakit.test.pg.bin}, else {@code /usr/lib/postgresql/<v>/bin},
 *       else {@code PATH}), started on a free 127.0.0.1 port and stopped after the test run (as the
 *       {@code postgres} user when the build runs as root, since PostgreSQL refuses to run as root);</li>
 *   <li>otherwise the tests fail, saying how to provide one ({@code bash .ci/postgres-install.sh}).</li>
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
        private final PGSimpleDataSource dataSource;
        private final Cluster cluster;

        private Database(PGSimpleDataSource dataSource, Cluster cluster) {
            this.dataSource = dataSource;
            this.cluster = cluster;
        }

        DataSource dataSource() {
            return dataSource;
        }

        static Database provide() {
            String url = System.getProperty("danakit.test.pg.url");
            PGSimpleDataSource ds = new PGSimpleDataSource();
            if (url != null && !url.isBlank()) {
                ds.setUrl(url);
                ds.setUser(System.getProperty("danakit.test.pg.user", "postgres"));
                ds.setPassword(System.getProperty("danakit.test.pg.password", ""));
                return new Database(ds, null);
            }
            Cluster cluster = Cluster.start();
            ds.setServerNames(new String[] {"127.0.0.1"});
            ds.setPortNumbers(new int[] {cluster.port});
            ds.setDatabaseName("postgres");
            ds.setUser("danakit");
            return new Database(ds, cluster);
        }

        @Override
        public void close() {
            if (cluster != null) {
                cluster.stop();
            }
        }
    }

    /** A throwaway cluster under target/postgres. */
    static final class Cluster {
        private final Path bin;
        private final Path dir;
        private final int port;
        private final boolean asPostgresUser;

        private Cluster(Path bin, Path dir, int port, boolean asPostgresUser) {
            this.bin = bin;
            this.dir = dir;
            this.port = port;
            this.asPostgresUser = asPostgresUser;
        }

        static Cluster start() {
            Path bin = findBin();
            if (bin == null) {
                throw new IllegalStateException("PostgreSQL is required by the ledger tests and none was found: "
                        + "install it (bash .ci/postgres-install.sh) or pass -Ddanakit.test.pg.url=jdbc:postgresql://...");
            }
            try {
                Path dir = Paths.get("target", "postgres", "cluster-" + ProcessHandle.current().pid()).toAbsolutePath();
                deleteTree(dir);
                Files.createDirectories(dir);
                boolean root = "root".equals(System.getProperty("user.name"));
                if (root) {
                    run(List.of("chown", "-R", "postgres", dir.getParent().toString()), false);
                }
                int port = freePort();
                Cluster cluster = new Cluster(bin, dir.resolve("data"), port, root);
                cluster.pg(List.of(bin.resolve("initdb").toString(), "-D", cluster.dir.toString(), "-U", "danakit",
                        "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions"));
                cluster.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", cluster.dir.toString(), "-w", "-t", "60",
                        "-l", dir.resolve("postgres.log").toString(), "-o",
                        "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir
                                + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                                + " -c max_connections=200 -c shared_buffers=16MB",
                        "start"));
                return cluster;
            } catch (IOException e) {
                throw new IllegalStateException("could not start a throwaway PostgreSQL", e);
            }
        }

        void stop() {
            try {
                pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.toString(), "-m", "immediate", "-w", "stop"));
            } catch (RuntimeException e) {
                // The test run is over; a cluster left running under target/ is stopped by `mvn clean` at worst.
            }
        }

        private void pg(List<String> command) {
            List<String> full = new ArrayList<>();
            if (asPostgresUser) {
                full.addAll(List.of("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            run(full, true);
        }

        private static void run(List<String> command, boolean quiet) {
            try {
                Path log = Files.createTempFile("danakit-pg", ".log");
                Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    String output = Files.readString(log, StandardCharsets.UTF_8);
                    throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + output);
                }
                Files.deleteIfExists(log);
            } catch (IOException e) {
                throw new IllegalStateException("could not run " + command.get(0), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private static Path findBin() {
            String configured = System.getProperty("danakit.test.pg.bin");
            if (configured != null && Files.isExecutable(Paths.get(configured, "initdb"))) {
                return Paths.get(configured);
            }
            Path debian = Paths.get("/usr/lib/postgresql");
            if (Files.isDirectory(debian)) {
                try (Stream<Path> versions = Files.list(debian)) {
                    Path newest = versions.filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                            .max(Comparator.comparing(v -> versionOf(v.getFileName().toString()))).orElse(null);
                    if (newest != null) {
                        return newest.resolve("bin");
                    }
                } catch (IOException e) {
                    // fall through to PATH
                }
            }
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                Path initdb = Paths.get(dir, "initdb");
                if (Files.isExecutable(initdb)) {
                    try {
                        return initdb.toRealPath().getParent();
                    } catch (IOException e) {
                        return initdb.getParent();
                    }
                }
            }
            return null;
        }

        private static int versionOf(String name) {
            try {
                return Integer.parseInt(name);
            } catch (NumberFormatException e) {
                return -1;
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }

        private static void deleteTree(Path dir) throws IOException {
            if (!Files.exists(dir)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
