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
 */
public record Merchant(String clientId, String merchantId, PublicKey publicKey, URI unbindNotifyUrl, URI finishNotifyUrl) {

    public Merchant {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(publicKey, "publicKey");
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
