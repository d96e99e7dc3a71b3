package dev.danakit.callbacks.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.danakit.callbacks.support.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ledger contract on PostgreSQL (a real server; see {@link TestPostgres}). */
@ExtendWith(TestPostgres.class)
class JdbcNotificationLedgerTest extends NotificationLedgerContract {

    private DataSource dataSource;

    @BeforeEach
    void schema(DataSource dataSource) {
        this.dataSource = dataSource;
        new JdbcNotificationLedger(dataSource).createSchema();
    }

    @Override
    NotificationLedger ledger(Duration lockTimeout) {
        return new JdbcNotificationLedger(dataSource, lockTimeout);
    }

    @Test
    void theMigrationIsIdempotentAndThePrimaryKeyIsTheArbiter() throws SQLException {
        JdbcNotificationLedger ledger = new JdbcNotificationLedger(dataSource);
        ledger.createSchema();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_constraint "
                        + "WHERE conname = 'danakit_notification_ledger_pk' AND contype = 'p'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }
}
