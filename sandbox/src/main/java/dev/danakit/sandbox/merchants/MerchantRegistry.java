package dev.danakit.sandbox.merchants;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The merchants this sandbox knows, by client id. Registering a client id again replaces it. */
public final class MerchantRegistry {

    private final ConcurrentMap<String, Merchant> byClientId = new ConcurrentHashMap<>();

    /** @param merchant the merchant to add or replace */
    public void register(Merchant merchant) {
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
