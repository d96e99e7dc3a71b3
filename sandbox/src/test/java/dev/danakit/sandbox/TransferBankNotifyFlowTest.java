package dev.danakit.sandbox;

import static dev.danakit.sandbox.SnapAnswers.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.callbacks.DanaCallbacks;
import dev.danakit.server.callbacks.api.TransferBankNotifyApi;
import dev.danakit.server.callbacks.model.TransferBankNotifyRequest;
import dev.danakit.server.callbacks.model.TransferBankNotifyResponse;
import dev.danakit.signing.keys.PemKeys;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Transfer to Bank that succeeds or that the bank refuses sends DANA's signed Transfer to Bank Notify to the
 * merchant's registered URL (a merchant-chosen path), received by server-stubs' DanaCallbacks exactly once.
 */
class TransferBankNotifyFlowTest {

    private static final String TRANSFER = "/v1.0/emoney/transfer-bank.htm";
    private static final String STATUS = "/v1.0/emoney/transfer-bank-status.htm";
    private static final String MERCHANT_PATH = "/webhooks/dana/transfer-bank";

    private final List<TransferBankNotifyRequest> received = new CopyOnWriteArrayList<>();
    private RunningSandbox running;
    private HttpServer merchantSide;

    @BeforeEach
    void start() {
        running = RunningSandbox.start(List.of(Duration.ofMillis(200), Duration.ofMillis(200)), null);
        TransferBankNotifyApi handler = new TransferBankNotifyApi() {
            @Override
            public TransferBankNotifyResponse transferBankNotify(String xTimestamp, String xSignature,
                    String xPartnerId, String xExternalId, String channelId, TransferBankNotifyRequest request) {
                received.add(request);
                return null; // the kit answers 2004300
            }
        };
        ResourceConfig app = new ResourceConfig().register(DanaCallbacks.builder()
                .danaPublicKey(PemKeys.publicKey(running.http.get("/sandbox/dana-public-key.pem").body()))
                .transferBankNotify(handler, MERCHANT_PATH).build());
        merchantSide = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), app, true);
        String url = "http://127.0.0.1:" + merchantSide.getListeners().iterator().next().getPort() + MERCHANT_PATH;
        HttpResponse<String> registered = running.http.postJson("/sandbox/merchants", Map.of(
                "clientId", TestMerchant.CLIENT_ID, "merchantId", TestMerchant.MERCHANT_ID,
                "publicKeyPem", running.merchant.publicKeyPem(), "transferBankNotifyUrl", url));
        assertEquals(201, registered.statusCode(), registered.body());
    }

    @AfterEach
    void stop() {
        merchantSide.shutdownNow();
        running.close();
    }

    @Test
    void aSuccessfulTransferIsNotifiedOnce() throws InterruptedException {
        String reference = "TRF-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode sent = ok(running.snapPost(TRANSFER, transfer(reference, "8860123456")), "2004300");

        TransferBankNotifyRequest notify = awaitNotify(reference);
        assertEquals(sent.path("referenceNo").asText(), notify.getOriginalReferenceNo());
        assertEquals("00", notify.getLatestTransactionStatus());
        assertEquals("SUCCESS", notify.getTransactionStatusDesc());
        assertEquals("30000.00", notify.getAmount().getValue());
        assertEquals("IDR", notify.getAmount().getCurrency());
        Thread.sleep(600); // past the retry schedule: an acknowledged notification is not sent again
        assertEquals(1, received.stream().filter(r -> reference.equals(r.getOriginalPartnerReferenceNo())).count());
    }

    @Test
    void aTransferTheBankRefusesIsNotifiedAsFailed() {
        String reference = "TRF-" + UUID.randomUUID().toString().substring(0, 8);
        ok(running.snapPost(TRANSFER, transfer(reference, "0001234567")), "2004300");

        TransferBankNotifyRequest notify = awaitNotify(reference);
        assertEquals("06", notify.getLatestTransactionStatus());
        assertEquals("FAILED", notify.getTransactionStatusDesc());
        JsonNode status = ok(running.snapPost(STATUS, "{\"originalPartnerReferenceNo\":\"" + reference
                + "\",\"serviceCode\":\"43\"}"), "2000000");
        assertEquals("06", status.path("latestTransactionStatus").asText());
    }

    private TransferBankNotifyRequest awaitNotify(String reference) {
        return Eventually.first(() -> received.stream()
                .filter(r -> reference.equals(r.getOriginalPartnerReferenceNo())).findFirst(),
                "no Transfer to Bank Notify within 10 s");
    }

    private static String transfer(String reference, String account) {
        return "{\"partnerReferenceNo\":\"" + reference + "\",\"customerNumber\":\"62811742234\","
                + "\"beneficiaryAccountNumber\":\"" + account + "\",\"beneficiaryBankCode\":\"014\","
                + "\"amount\":{\"value\":\"30000.00\",\"currency\":\"IDR\"},"
                + "\"additionalInfo\":{\"fundType\":\"MERCHANT_WITHDRAW_FOR_CORPORATE\"}}";
    }
}
