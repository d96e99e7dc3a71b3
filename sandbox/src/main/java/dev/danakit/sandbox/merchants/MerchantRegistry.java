package dev.danakit.sandbox.merchants;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The merchants this sandbox knows, by client id. Registering a client id again replaces it; a NICEPAY iMid
 * names one merchant, the one registered last with it (the built-in demo merchant's iMid moves to yours).
 */
public final class MerchantRegistry {

    private final ConcurrentMap<String, Merchant> byClientId = new ConcurrentHashMap<>();

    /** @param merchant the merchant to add or replace */
    public synchronized void register(Merchant merchant) {
        String iMid = merchant.nicepayIMid();
        if (iMid != null) {
            byClientId.replaceAll((clientId, other) -> iMid.equals(other.nicepayIMid())
                    ? new Merchant(other.clientId(), other.merchantId(), other.publicKey(), other.unbindNotifyUrl(),
                            other.finishNotifyUrl(), null, null, other.transferBankNotifyUrl())
                    : other);
        }
        byClientId.put(merchant.clientId(), merchant);
    }

    /**
     * @param clientId a client id, may be {@code null}
     * @return the merchant, if registered
     */
    public Optional<Merchant> find(String clientId) {
        return clientId == null ? Optional.empty() : Optional.ofNullable(byClientId.get(clientId));
    }

    /**
     * @param iMid a NICEPAY merchant id, may be {@code null}
     * @return the merchant registered with it, if any
     */
    public Optional<Merchant> findByNicepayIMid(String iMid) {
        return iMid == null ? Optional.empty()
                : byClientId.values().stream().filter(m -> iMid.equals(m.nicepayIMid())).findFirst();
    }
}
