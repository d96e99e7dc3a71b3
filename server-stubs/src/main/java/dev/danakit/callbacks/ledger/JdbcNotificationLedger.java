package dev.danakit.callbacks.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A ledger in PostgreSQL, shared by every instance of the merchant's callback service.
 *
 * <p>A claim is an open transaction that has inserted the notification's row
 * ({@code INSERT ... ON CONFLICT DO NOTHING}). The primary key decides between concurrent deliveries: the
 * second insert waits until the first transaction commits (it then inserts nothing: already processed) or
 * rolls back (it then gets the row and processes). The row is committed only by
 * {@link LedgerClaim#recordProcessed}, after the handler succeeded; a crash or a failed handler rolls back,
 * so nothing is ever recorded as processed too early and no row is left behind "in progress".
 *
 * <p>Each claim holds one connection for the duration of the handler. The schema is
 * {@code classpath:db/migration/danakit/V1__notification_ledger.sql}: run it with your migration tool or
 * call {@link #createSchema()}.
 */
public final class JdbcNotificationLedger implements NotificationLedger {

    /** The migration that creates the table (idempotent). */
    public static final String MIGRATION = "db/migration/danakit/V1__notification_ledger.sql";
    /** How long a delivery waits for another delivery of the same notification, unless configured. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);

    private static final String INSERT = "INSERT INTO danakit_notification_ledger (kind, notification_id, outcome) "
            + "VALUES (?, ?, 'IN_PROGRESS') ON CONFLICT (kind, notification_id) DO NOTHING";
    private static final String RECORD = "UPDATE danakit_notification_ledger SET outcome = ?, processed_at = now() "
            + "WHERE kind = ? AND notification_id = ?";
    private static final String SELECT = "SELECT outcome FROM danakit_notification_ledger "
            + "WHERE kind = ? AND notification_id = ?";
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private final DataSource dataSource;
    private final Duration lockTimeout;

    /** @param dataSource a (pooled) PostgreSQL data source */
    public JdbcNotificationLedger(DataSource dataSource) {
        this(dataSource, DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * @param dataSource a (pooled) PostgreSQL data source
     * @param lockTimeout how long a concurrent delivery of the same notification waits before it is answered
     *     with a retryable error
     */
    public JdbcNotificationLedger(DataSource dataSource, Duration lockTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative() || lockTimeout.isZero()) {
            throw new IllegalArgumentException("lockTimeout must be positive");
        }
    }

    /** Creates the ledger table if it does not exist, from {@link #MIGRATION}. */
    public void createSchema() {
        String sql;
        try (InputStream in = JdbcNotificationLedger.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            sql = new String(Objects.requireNonNull(in, MIGRATION).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new LedgerUnavailableException("could not create the ledger table", e);
        }
    }

    @Override
    public LedgerClaim claim(NotificationId id) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            try (PreparedStatement timeout = c.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
                timeout.setString(1, lockTimeout.toMillis() + "ms");
                timeout.execute();
            }
            int inserted;
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                insert.setString(1, id.kind());
                insert.setString(2, id.key());
                inserted = insert.executeUpdate();
            }
            if (inserted == 0) {
                c.rollback();
                c.close();
                return new ProcessedClaim();
            }
            return new OpenClaim(c, id);
        } catch (SQLException e) {
            closeQuietly(c);
            String message = LOCK_NOT_AVAILABLE.equals(e.getSQLState())
                    ? "notification is being processed by another delivery"
                    : "ledger unavailable";
            throw new LedgerUnavailableException(message, e);
        }
    }

    @Override
    public Optional<String> outcome(NotificationId id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setString(1, id.kind());
            s.setString(2, id.key());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new LedgerUnavailableException("ledger unavailable", e);
        }
    }

    private static final class ProcessedClaim implements LedgerClaim {
        @Override
        public boolean alreadyProcessed() {
            return true;
        }

        @Override
        public void recordProcessed(String outcome) {
            throw new IllegalStateException("the notification was already processed");
        }

        @Override
        public void close() {
        }
    }

    private static final class OpenClaim implements LedgerClaim {
        private final Connection connection;
        private final NotificationId id;
        private boolean open = true;

        OpenClaim(Connection connection, NotificationId id) {
            this.connection = connection;
            this.id = id;
        }

        @Override
        public boolean alreadyProcessed() {
            return false;
        }

        @Override
        public void recordProcessed(String outcome) {
            if (!open) {
                throw new IllegalStateException("claim is closed");
            }
            try (PreparedStatement s = connection.prepareStatement(RECORD)) {
                s.setString(1, outcome.length() <= 256 ? outcome : outcome.substring(0, 256));
                s.setString(2, id.kind());
                s.setString(3, id.key());
                s.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                throw new LedgerUnavailableException("could not record the notification", e);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                // Rolls back an unrecorded claim: its row disappears and a redelivery may process it.
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // The connection is being discarded; closing it below also ends the transaction.
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing more can be done for a connection that cannot be closed.
        }
    }

    @Override
    public String toString() {
        return "JdbcNotificationLedger[lockTimeout=" + lockTimeout + "]";
    }
}
