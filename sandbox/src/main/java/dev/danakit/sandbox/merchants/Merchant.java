package dev.danakit.sandbox.merchants;

import java.net.URI;
import java.security.PublicKey;
import java.util.Objects;

/**
 * A merchant registered with the sandbox: its client id, the public key its requests are checked with,
 * and where DANA's notifications go.
 *
 * @param clientId the merchant's client id (X-PARTNER-ID, X-CLIENT-KEY, head.clientId)
 * @param merchantId the merchant id used in request bodies ({@code merchantId}, {@code requestMerchantId}),
 *     or {@code null} to accept any
 * @param publicKey the merchant's RSA public key
 * @param unbindNotifyUrl where Unbind Notify is sent, or {@code null}
 * @param finishNotifyUrl where Finish Notify is sent, or {@code null}
 * @param nicepayIMid the merchant's NICEPAY {@code iMid}, or {@code null} when it does not use NICEPAY
 * @param nicepayMerchantKey the NICEPAY merchant key its {@code merchantToken}s are made with, or {@code null}
 * @param transferBankNotifyUrl where Transfer to Bank Notify is sent, or {@code null}
 */
public record Merchant(String clientId, String merchantId, PublicKey publicKey, URI unbindNotifyUrl, URI finishNotifyUrl,
                       String nicepayIMid, String nicepayMerchantKey, URI transferBankNotifyUrl) {

    public Merchant {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(publicKey, "publicKey");
        if ((nicepayIMid == null) != (nicepayMerchantKey == null)) {
            throw new IllegalArgumentException("a NICEPAY iMid needs its merchantKey and the other way round");
        }
    }

    /** A merchant without a Transfer to Bank Notify URL. */
    public Merchant(String clientId, String merchantId, PublicKey publicKey, URI unbindNotifyUrl, URI finishNotifyUrl,
                    String nicepayIMid, String nicepayMerchantKey) {
        this(clientId, merchantId, publicKey, unbindNotifyUrl, finishNotifyUrl, nicepayIMid, nicepayMerchantKey, null);
    }

    /** A merchant without NICEPAY. */
    public Merchant(String clientId, String merchantId, PublicKey publicKey, URI unbindNotifyUrl, URI finishNotifyUrl) {
        this(clientId, merchantId, publicKey, unbindNotifyUrl, finishNotifyUrl, null, null, null);
    }

    /**
     * @param id a merchant id from a request body
     * @return whether it names this merchant
     */
    public boolean hasMerchantId(String id) {
        return merchantId == null || merchantId.equals(id);
    }

    @Override
    public String toString() {
        return "Merchant[" + clientId + "]";
    }
}
