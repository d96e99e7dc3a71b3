package dev.danakit.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import org.junit.jupiter.api.Test;

/** Who a NICEPAY iMid names when two merchants claim it (the demo merchant holds the examples' iMid). */
class MerchantRegistryTest {

    @Test
    void aNicepayIMidNamesTheMerchantRegisteredLastWithIt() {
        TestMerchant keys = TestMerchant.create();
        MerchantRegistry merchants = new MerchantRegistry();
        merchants.register(new Merchant("demo", null, keys.keys.getPublic(), null, null, "IONPAYTEST", "demo-key"));
        merchants.register(new Merchant("mine", null, keys.keys.getPublic(), null, null, "IONPAYTEST", "my-key"));

        assertEquals("mine", merchants.findByNicepayIMid("IONPAYTEST").orElseThrow().clientId());
        assertEquals("my-key", merchants.findByNicepayIMid("IONPAYTEST").orElseThrow().nicepayMerchantKey());
        Merchant demo = merchants.find("demo").orElseThrow();
        assertNull(demo.nicepayIMid(), "the earlier merchant keeps its SNAP identity, not the iMid");
    }
}
