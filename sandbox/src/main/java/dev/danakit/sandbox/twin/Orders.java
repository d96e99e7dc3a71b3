package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

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
        final String title;
        final String validUpTo;
        Status status = Status.INIT;
        Instant finishedTime;
        Instant paidTime;
        Instant cancelledTime;
        BigDecimal refunded = BigDecimal.ZERO;
        /** The refunds by partnerRefundNo, in the order they were made. */
        final Map<String, Refund> refunds = new LinkedHashMap<>();

        Order(String clientId, String partnerReferenceNo, String referenceNo, String merchantId, JsonNode amount,
              Instant createdTime, String title, String validUpTo) {
            this.clientId = clientId;
            this.partnerReferenceNo = partnerReferenceNo;
            this.referenceNo = referenceNo;
            this.merchantId = merchantId;
            this.amount = amount;
            this.createdTime = createdTime;
            this.title = title;
            this.validUpTo = validUpTo;
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

    /**
     * One refund of an order: DANA answers a repeated partnerRefundNo with the first refund, or refuses it when the
     * amount differs.
     *
     * @param partnerRefundNo the merchant's refund reference
     * @param value the refunded amount
     * @param refundNo DANA's refund reference
     * @param refundTime when it was refunded
     */
    public record Refund(String partnerRefundNo, BigDecimal value, String refundNo, Instant refundTime) {
    }

    /** Why a refund was not made. */
    public enum RefundRefusal {
        /** The order is not paid (or is already fully refunded or cancelled). */
        STATUS,
        /** Nothing or more than what is left. */
        AMOUNT,
        /** The partnerRefundNo was used before with another amount. */
        INCONSISTENT
    }

    /**
     * A refund made, or why not.
     *
     * @param refund the refund (the earlier one when the partnerRefundNo repeats), or {@code null}
     * @param refusal why there is none, or {@code null}
     */
    public record RefundResult(Refund refund, RefundRefusal refusal) {
    }

    private final Clock clock;
    private final References<Order> references = new References<>();

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
        return create(clientId, partnerReferenceNo, merchantId, amount, null, null);
    }

    /**
     * @param clientId the merchant
     * @param partnerReferenceNo the merchant's reference
     * @param merchantId the merchant id of the order
     * @param amount {@code {"value","currency"}}
     * @param title the order title ({@code additionalInfo.order.orderTitle}), or {@code null}
     * @param validUpTo until when it may be paid, as sent, or {@code null}
     * @return the new order, status INIT
     */
    public Order create(String clientId, String partnerReferenceNo, String merchantId, JsonNode amount, String title,
                        String validUpTo) {
        Instant now = clock.instant();
        String referenceNo = references.next(now);
        Order order = new Order(clientId, partnerReferenceNo, referenceNo, merchantId, amount, now, title, validUpTo);
        references.put(clientId, partnerReferenceNo, referenceNo, order);
        return order;
    }

    /**
     * @param clientId the merchant
     * @param partnerReferenceNo its reference, or {@code null}
     * @param referenceNo DANA's reference, or {@code null}
     * @return the merchant's order named by either reference
     */
    public Optional<Order> find(String clientId, String partnerReferenceNo, String referenceNo) {
        return references.find(clientId, partnerReferenceNo, referenceNo).filter(o -> o.clientId.equals(clientId));
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
            order.paidTime = order.finishedTime;
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
            order.cancelledTime = order.finishedTime;
            return true;
        }
    }

    /**
     * @param order the order
     * @param partnerRefundNo the merchant's refund reference
     * @param amount the refund amount
     * @return the refund, the earlier one for a repeated partnerRefundNo of the same amount, or why not
     */
    public RefundResult refund(Order order, String partnerRefundNo, BigDecimal amount) {
        synchronized (order) {
            Refund earlier = partnerRefundNo == null ? null : order.refunds.get(partnerRefundNo);
            if (earlier != null) {
                return earlier.value().compareTo(amount) == 0 ? new RefundResult(earlier, null)
                        : new RefundResult(null, RefundRefusal.INCONSISTENT);
            }
            if (order.status != Status.SUCCESS) {
                return new RefundResult(null, RefundRefusal.STATUS);
            }
            BigDecimal total = order.refunded.add(amount);
            if (amount.signum() <= 0 || total.compareTo(order.value()) > 0) {
                return new RefundResult(null, RefundRefusal.AMOUNT);
            }
            order.refunded = total;
            if (total.compareTo(order.value()) == 0) {
                order.status = Status.REFUNDED;
            }
            Refund refund = new Refund(partnerRefundNo, amount, references.next(clock.instant()), clock.instant());
            if (partnerRefundNo != null) {
                order.refunds.put(partnerRefundNo, refund);
            }
            return new RefundResult(refund, null);
        }
    }
}
