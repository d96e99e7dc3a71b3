package dev.danakit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.client.http.RetryPolicy;
import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.widget.model.ApplyOttResponse;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Two merchants' clients in one JVM, many threads: each request is signed with its own merchant's key. */
class MultiMerchantConcurrencyTest {

    private static final KeyPair MERCHANT_A = Fixtures.rsa();
    private static final KeyPair MERCHANT_B = Fixtures.rsa();
    private static final KeyPair DANA = Fixtures.rsa();

    @Test
    void twoClientsWithDifferentKeysSignWithTheirOwnKeysConcurrently() throws Exception {
        Map<String, KeyPair> keysByPartner = Map.of("partner-A", MERCHANT_A, "partner-B", MERCHANT_B);
        AtomicInteger verified = new AtomicInteger();
        AtomicInteger crossTalk = new AtomicInteger();
        try (LocalDana dana = new LocalDana((r, i) -> {
            String partner = r.header("X-PARTNER-ID");
            KeyPair own = keysByPartner.get(partner);
            boolean ownKey = own != null && Fixtures.snapRequestVerifies(r, own.getPublic());
            boolean tokenMatches = r.bodyText().contains("token-of-" + partner);
            (ownKey && tokenMatches ? verified : crossTalk).incrementAndGet();
            return ownKey && tokenMatches ? LocalDana.Reply.json(200, Fixtures.ottSuccess())
                    : LocalDana.Reply.json(401, "{\"responseCode\":\"4014900\",\"responseMessage\":\"Unauthorized\"}");
        });
                DanaClient a = DanaClient.create(Fixtures.config(dana, MERCHANT_A, DANA).partnerId("partner-A")
                        .readTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()).build());
                DanaClient b = DanaClient.create(Fixtures.config(dana, MERCHANT_B, DANA).partnerId("partner-B")
                        .readTimeout(Duration.ofSeconds(5)).retryPolicy(RetryPolicy.none()).build())) {
            int threads = 8;
            int callsPerThread = 12;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                boolean useA = t % 2 == 0;
                results.add(pool.submit(() -> {
                    int ok = 0;
                    for (int c = 0; c < callsPerThread; c++) {
                        boolean first = useA ^ (c % 2 == 1);
                        DanaClient client = first ? a : b;
                        String token = "token-of-" + (first ? "partner-A" : "partner-B");
                        Outcome<ApplyOttResponse> outcome = client.widget().call(api -> api.applyOtt(
                                "Bearer " + token, "d", Fixtures.applyOtt(token), null, null, null));
                        ok += outcome.isSuccess() ? 1 : 0;
                    }
                    return ok;
                }));
            }
            int successes = 0;
            for (Future<Integer> result : results) {
                successes += result.get(60, TimeUnit.SECONDS);
            }
            pool.shutdown();
            assertEquals(0, crossTalk.get(), "no request signed with the other merchant's key");
            assertEquals(threads * callsPerThread, verified.get());
            assertEquals(threads * callsPerThread, successes);
            assertTrue(dana.received().stream().map(r -> r.header("X-EXTERNAL-ID")).distinct().count()
                    == threads * callsPerThread, "every attempt has its own external id");
        }
    }
}
