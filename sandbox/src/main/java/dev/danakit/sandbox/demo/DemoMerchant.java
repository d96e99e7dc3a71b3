package dev.danakit.sandbox.demo;

import dev.danakit.sandbox.keys.DanaKeyPair;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.sandbox.merchants.MerchantRegistry;
import dev.danakit.sandbox.twin.SandboxFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The merchant every sandbox knows from its first second, so that "Try it out" in Swagger UI and the banner's
 * command succeed with no setup. Its identifiers are the ones the specs' examples use, so the values Swagger
 * UI fills in name it; its key pair is made at first start in the config folder, like DANA's. The demo
 * customer's token, the demo order and the NICEPAY user token are the examples' values as well.
 */
public final class DemoMerchant {

    /** Client id (X-PARTNER-ID, X-CLIENT-KEY, head.clientId) of the specs' examples. */
    public static final String CLIENT_ID = "2024051300000000001";
    /** Merchant id of the specs' examples. */
    public static final String MERCHANT_ID = "216620000012345678901";
    /** Open API client secret of the specs' examples. */
    public static final String CLIENT_SECRET = "7b1e4c9a2f6d8035";
    /** A customer who bound their DANA account to the demo merchant: the examples' access token. */
    public static final String CUSTOMER_ACCESS_TOKEN = "4Qm3vJ8pKx2sT7wZ1aN6bC9dE0fG5hH3iJ8kL2mN";
    /** Refresh token of that binding. */
    public static final String CUSTOMER_REFRESH_TOKEN = "demo-refresh-token-of-the-demo-customer";
    /** An order the demo customer paid: the reference Query Payment's example asks for. */
    public static final String PAID_ORDER = "ORD-20240513-0001";
    /** NICEPAY merchant id of the examples. */
    public static final String NICEPAY_IMID = "IONPAYTEST";
    /** NICEPAY merchant key of the demo merchant. */
    public static final String NICEPAY_MERCHANT_KEY = "demo-nicepay-merchant-key";
    /** An active Payloan user token: the examples' value. */
    public static final String NICEPAY_USER_TOKEN = "c2a9e4d1-7b3f-4e08-9a6c-1f5d8b2e7c40";
    /** File names of its key pair in the config folder. */
    public static final String PRIVATE_FILE = "demo-merchant-private-key.pem";
    public static final String PUBLIC_FILE = "demo-merchant-public-key.pem";

    private final DanaKeyPair keys;
    private final Path configDir;

    private DemoMerchant(DanaKeyPair keys, Path configDir) {
        this.keys = keys;
        this.configDir = configDir;
    }

    /**
     * Loads (or makes) the demo merchant's keys, registers it and puts its customer, order and token in place.
     *
     * @param configDir the sandbox's config folder
     * @param merchants where to register it
     * @param fixtures DANA-side state
     * @return the demo merchant
     */
    public static DemoMerchant install(Path configDir, MerchantRegistry merchants, SandboxFixtures fixtures) {
        DanaKeyPair keys = DanaKeyPair.loadOrCreate(configDir, PRIVATE_FILE, PUBLIC_FILE);
        merchants.register(new Merchant(CLIENT_ID, MERCHANT_ID, keys.publicKey(), null, null, NICEPAY_IMID,
                NICEPAY_MERCHANT_KEY));
        fixtures.customerTokens(CLIENT_ID, CUSTOMER_ACCESS_TOKEN, CUSTOMER_REFRESH_TOKEN);
        fixtures.paidOrder(CLIENT_ID, PAID_ORDER, MERCHANT_ID, "10000.00");
        fixtures.nicepayUserToken(NICEPAY_IMID, NICEPAY_USER_TOKEN);
        return new DemoMerchant(keys, configDir);
    }

    /** @return the demo merchant's key pair (its private key signs "Try it out" requests) */
    public DanaKeyPair keys() {
        return keys;
    }

    /** @return where its private key file is */
    public Path privateKeyFile() {
        return configDir.resolve(PRIVATE_FILE);
    }

    private String privateKeyPem() {
        try {
            return Files.readString(privateKeyFile(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo merchant's key in " + configDir, e);
        }
    }

    /**
     * The demo merchant's credentials, as the docs page shows them: a sandbox-only merchant, so its private key
     * is no secret.
     *
     * @return client id, merchant id, client secret, keys, the demo customer's token, NICEPAY pair
     */
    public Map<String, String> credentials() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("clientId", CLIENT_ID);
        out.put("merchantId", MERCHANT_ID);
        out.put("clientSecret", CLIENT_SECRET);
        out.put("privateKeyPem", privateKeyPem());
        out.put("publicKeyPem", keys.publicKeyPem());
        out.put("customerAccessToken", CUSTOMER_ACCESS_TOKEN);
        out.put("paidOrder", PAID_ORDER);
        out.put("nicepayIMid", NICEPAY_IMID);
        out.put("nicepayMerchantKey", NICEPAY_MERCHANT_KEY);
        out.put("nicepayUserToken", NICEPAY_USER_TOKEN);
        return out;
    }

    @Override
    public String toString() {
        return "DemoMerchant[" + CLIENT_ID + "]";
    }
}
