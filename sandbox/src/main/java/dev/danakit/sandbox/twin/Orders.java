package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/** Orders in memory, with DANA's statuses, shared by the payment-gateway and widget payment operations. */
public final class Orders {

    /** DANA's {@code latestTransactionStatus} and {@code transactionStatusDesc}. */
    public enum Status {
        SUCCESS("00"), INIT("01"), PAYING("02"), PENDING("03"), REFUNDED("04"), CANCELLED("05"), FAILED("06");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        /** @return the two-digit status code */
        public String code() {
            return code;
        }
    }

    /**
     * One order. Mutable under the order's own lock: its status moves as the customer and merchant act.
     */
    public static final class Order {
        final String clientId;
        final String partnerReferenceNo;
        final String referenceNo;
        final String merchantId;
        final JsonNode amount;
        final Instant createdTime;
        Status status = Status.INIT;
        Instant finishedTime;
        BigDecimal refunded = BigDecimal.ZERO;

        Order(String clientId, String partnerReferenceNo, String referenceNo, String merchantId, JsonNode amount,
              Instant createdTime) {
            this.clientId = clientId;
            this.partnerReferenceNo = partnerReferenceNo;
            this.referenceNo = referenceNo;
            this.merchantId = merchantId;
            this.amount = amount;
            this.createdTime = createdTime;
        }

        /** @return the current status */
        public synchronized Status status() {
            return status;
        }

        /** @return the order amount as {@code {"value","currency"}} */
        public JsonNode amount() {
            return amount;
        }

        BigDecimal value() {
            return new BigDecimal(amount.path("value").asText("0"));
        }
    }

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final ConcurrentMap<String, Order> byPartnerReference = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Order> byReference = new ConcurrentHashMap<>();

    public Orders(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param clientId the merchant
     * @param partnerReferenceNo the merchant's reference
     * @param merchantId the merchant id of the order
     * @param amount {@code {"value","currency"}}
     * @return the new order, status INIT
     */
    public Order create(String clientId, String partnerReferenceNo, String merchantId, JsonNode amount) {
        Instant now = clock.instant();
        String referenceNo = String.format("%tY%<tm%<td%015d", java.util.Date.from(now), sequence.incrementAndGet())
                + "SBX";
        Order order = new Order(clientId, partnerReferenceNo, referenceNo, merchantId, amount, now);
        byPartnerReference.put(clientId + '\n' + partnerReferenceNo, order);
        byReference.put(referenceNo, order);
        return order;
    }

    /**
     * @param clientId the merchant
     * @param partnerReferenceNo its reference, or {@code null}
     * @param referenceNo DANA's reference, or {@code null}
     * @return the merchant's order named by either reference
     */
    public Optional<Order> find(String clientId, String partnerReferenceNo, String referenceNo) {
        Order order = partnerReferenceNo != null ? byPartnerReference.get(clientId + '\n' + partnerReferenceNo)
                : referenceNo != null ? byReference.get(referenceNo) : null;
        return Optional.ofNullable(order).filter(o -> o.clientId.equals(clientId));
    }

    /**
     * The customer pays (in the sandbox: {@code POST /sandbox/orders/pay}).
     *
     * @return true if the order was waiting for payment and is now SUCCESS
     */
    public boolean pay(Order order) {
        synchronized (order) {
            if (order.status != Status.INIT) {
                return false;
            }
            order.status = Status.SUCCESS;
            order.finishedTime = clock.instant();
            return true;
        }
    }

    /** @return true if the order could be cancelled (not yet refunded or cancelled) */
    public boolean cancel(Order order) {
        synchronized (order) {
            if (order.status != Status.INIT && order.status != Status.SUCCESS) {
                return false;
            }
            order.status = Status.CANCELLED;
            order.finishedTime = clock.instant();
            return true;
        }
    }

    /**
     * @param amount the refund amount
     * @return null if refunded, otherwise why not: "status" (not paid) or "amount" (more than what is left)
     */
    public String refund(Order order, BigDecimal amount) {
        synchronized (order) {
            if (order.status != Status.SUCCESS) {
                return "status";
            }
            BigDecimal total = order.refunded.add(amount);
            if (amount.signum() <= 0 || total.compareTo(order.value()) > 0) {
                return "amount";
            }
            order.refunded = total;
            if (total.compareTo(order.value()) == 0) {
                order.status = Status.REFUNDED;
            }
            return null;
        }
    }
}
