package dev.danakit.sandbox.twin;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The dynamic QRIS of each QRIS MPM order, found again by the payload a customer scans. */
public final class QrisOrders {

    /**
     * One generated QRIS.
     *
     * @param order the order it pays (in the shared order book, so Query Payment and Refund see it)
     * @param clientId the merchant
     * @param qrContent the payload
     * @param storeId the merchant's store
     * @param terminalId the merchant's terminal, or {@code null}
     * @param subMerchantId the sub-merchant, or {@code null}
     * @param merchantName the name in tag 59
     * @param validUntil after this the QRIS cannot be paid
     */
    public record QrisOrder(Orders.Order order, String clientId, String qrContent, String storeId, String terminalId,
                            String subMerchantId, String merchantName, Instant validUntil) {
    }

    private final ConcurrentMap<String, QrisOrder> byContent = new ConcurrentHashMap<>();

    /** @param qris a generated QRIS */
    public void add(QrisOrder qris) {
        byContent.put(qris.qrContent(), qris);
    }

    /**
     * @param qrContent a scanned payload
     * @return its QRIS, if the sandbox generated it
     */
    public Optional<QrisOrder> byContent(String qrContent) {
        return Optional.ofNullable(qrContent == null ? null : byContent.get(qrContent));
    }
}
