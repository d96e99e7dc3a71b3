package dev.danakit.callbacks.delivery;

import static dev.danakit.callbacks.support.Dana.FINISH_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.danakit.callbacks.ledger.JdbcNotificationLedger;
import dev.danakit.callbacks.ledger.NotificationId;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.RecordingFinishNotify;
import dev.danakit.callbacks.support.TestPostgres;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two merchant instances behind a load balancer share one PostgreSQL ledger; DANA redelivers the same Finish
 * Notify 50 times at once, alternating between them. The handler must run exactly once.
 */
@ExtendWith(TestPostgres.class)
class TwoInstancesSharedLedgerTest {

    private static final int DELIVERIES = 50;

    @Test
    void fiftyConcurrentRedeliveriesAcrossTwoInstancesRunTheHandlerOnce(DataSource dataSource) throws Exception {
        new JdbcNotificationLedger(dataSource).createSchema();
        // Each instance has its own handler and ledger object, as separate JVMs would; only the database is shared.
        RecordingFinishNotify handlerA = new RecordingFinishNotify(Duration.ofMillis(300), null);
        RecordingFinishNotify handlerB = new RecordingFinishNotify(Duration.ofMillis(300), null);
        String reference = "ORD-" + UUID.randomUUID();
        byte[] body = Dana.finishBody(reference, "00");
        ExecutorService dana = Executors.newFixedThreadPool(DELIVERIES);
        try (CallbackServer a = new CallbackServer(Dana.callbacks(new JdbcNotificationLedger(dataSource))
                .finishNotify(handlerA).build());
                CallbackServer b = new CallbackServer(Dana.callbacks(new JdbcNotificationLedger(dataSource))
                        .finishNotify(handlerB).build())) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                CallbackServer instance = i % 2 == 0 ? a : b;
                answers.add(dana.submit(() -> {
                    go.await();
                    return instance.post(FINISH_PATH, Dana.finishHeaders(body), body);
                }));
            }
            go.countDown();
            for (Future<Answer> answer : answers) {
                assertEquals("Successful", Dana.assertSnapAnswer(answer.get(60, TimeUnit.SECONDS), 200, "2005600"));
            }
        } finally {
            dana.shutdownNow();
        }
        assertEquals(1, handlerA.calls(reference) + handlerB.calls(reference));
        assertEquals(Optional.of("2005600 Successful"), new JdbcNotificationLedger(dataSource).outcome(
                NotificationId.of(ExactlyOnceFinishNotify.KIND, reference, "20261121111212800110166050101234567", "00")));
    }
}
