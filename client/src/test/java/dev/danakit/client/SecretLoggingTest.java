package dev.danakit.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.danakit.client.outcome.Outcome;
import dev.danakit.client.outcome.ResponseSignatureException;
import dev.danakit.client.testlog.CapturedLogs;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every log line at every level (the capture binding enables TRACE) is free of secrets. */
class SecretLoggingTest {

    private static final KeyPair MERCHANT = Fixtures.rsa();
    private static final KeyPair DANA = Fixtures.rsa();

    @Test
    void noSecretAppearsInAnyLogLineAtAnyLevel() throws Exception {
        CapturedLogs.clear();
        List<String> secrets = new ArrayList<>();
        try (LocalDana dana = new LocalDana((r, i) -> switch (i) {
            case 0 -> LocalDana.Reply.json(200, Fixtures.ottSuccess());
            case 1 -> LocalDana.Reply.json(401, "{\"responseCode\":\"4014902\",\"responseMessage\":"
                    + "\"Invalid Customer Token\"}");
            case 2 -> LocalDana.Reply.stall(1500);
            case 3 -> LocalDana.Reply.json(200, Fixtures.ottSuccess());
            case 4 -> LocalDana.Reply.json(200, Fixtures.openApiResponse(DANA.getPrivate(),
                    "2024-05-13T10:15:31+07:00", "S", "00000000", "SUCCESS"));
            default -> LocalDana.Reply.json(200, Fixtures.openApiResponse(MERCHANT.getPrivate(),
                    "2024-05-13T10:15:31+07:00", "S", "00000000", "SUCCESS"));
        });
                DanaClient client = Fixtures.clientAtClock(dana, MERCHANT, DANA)) {
            for (int call = 0; call < 3; call++) {
                Outcome<?> outcome = client.widget().call(api -> api.applyOtt("Bearer " + Fixtures.CUSTOMER_TOKEN,
                        Fixtures.DEVICE_ID, Fixtures.applyOtt(Fixtures.CUSTOMER_TOKEN), null, null, null));
                assertFalse(outcome.toString().contains(Fixtures.OTT_VALUE));
            }
            Fixtures.callQueryMerchantResource(client);
            assertThrows(ResponseSignatureException.class, () -> Fixtures.callQueryMerchantResource(client));
            assertFalse(client.toString().contains(Fixtures.CLIENT_SECRET));
            for (LocalDana.Received r : dana.received()) {
                if (r.header("X-SIGNATURE") != null) {
                    secrets.add(r.header("X-SIGNATURE"));
                }
                String text = r.bodyText();
                int at = text.lastIndexOf("\"signature\":\"");
                if (at > 0) {
                    secrets.add(text.substring(at + 13, text.length() - 2));
                }
            }
        }
        secrets.add(Fixtures.CUSTOMER_TOKEN);
        secrets.add(Fixtures.CLIENT_SECRET);
        secrets.add(Fixtures.OTT_VALUE);
        String privateKey = Base64.getEncoder().encodeToString(MERCHANT.getPrivate().getEncoded());
        secrets.add(privateKey.substring(100, 140));

        List<String> lines = CapturedLogs.lines();
        String all = String.join("\n", lines);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("DEBUG") && l.contains("/rest/v1.1/qr/apply-ott")),
                "bodies are logged at debug");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("INFO") && l.contains("responseCode=2004900")
                && l.contains("externalId=") && l.contains("latencyMs=")), "the call line");
        assertTrue(lines.stream().anyMatch(l -> l.contains("transportError=TIMEOUT")), "the timed-out attempt");
        assertTrue(all.contains("***"), "masked values are marked");
        assertTrue(secrets.size() >= 10, "signatures of every request were collected: " + secrets.size());
        for (String secret : secrets) {
            assertFalse(all.contains(secret), "a secret reached the logs");
        }
    }
}
