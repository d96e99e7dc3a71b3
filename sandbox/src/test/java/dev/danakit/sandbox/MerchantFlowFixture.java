package dev.danakit.sandbox;

import dev.danakit.client.DanaClient;
import dev.danakit.signing.keys.PemKeys;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A flow as a merchant lives it with the kit, set up before each test: a sandbox that retries notifications 300 ms
 * apart, the merchant's callback side (verifying with DANA's public key as the sandbox serves it, answering with the
 * merchant's key) registered there, and the merchant's DanaClient. All three stop after each test.
 *
 * @param <M> the merchant's callback side
 */
abstract class MerchantFlowFixture<M extends MerchantSide> {

    private static final List<Duration> NOTIFY_RETRIES = List.of(Duration.ofMillis(300), Duration.ofMillis(300));

    private final BiFunction<PublicKey, PrivateKey, M> newMerchantSide;
    RunningSandbox running;
    M merchantSide;
    DanaClient dana;

    /** @param newMerchantSide makes the merchant's callback side from DANA's public key and the merchant's key */
    MerchantFlowFixture(BiFunction<PublicKey, PrivateKey, M> newMerchantSide) {
        this.newMerchantSide = newMerchantSide;
    }

    @BeforeEach
    final void startSandboxAndMerchant() {
        running = RunningSandbox.start(NOTIFY_RETRIES, null);
        merchantSide = newMerchantSide.apply(PemKeys.publicKey(running.danaPublicKeyPem()),
                running.merchant.keys.getPrivate());
        running.registerMerchant(merchantSide.unbindNotifyUrl(), merchantSide.finishNotifyUrl());
        dana = running.client();
    }

    @AfterEach
    final void stopSandboxAndMerchant() {
        dana.close();
        merchantSide.close();
        running.close();
    }
}
