package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.sandbox.generated.payment.model.CancelOrderRequest;
import dev.danakit.sandbox.generated.payment.model.CancelOrderResponse;
import dev.danakit.sandbox.generated.payment.model.CreateOrderRequest;
import dev.danakit.sandbox.generated.payment.model.CreateOrderResponse;
import dev.danakit.sandbox.generated.payment.model.QueryPaymentRequest;
import dev.danakit.sandbox.generated.payment.model.QueryPaymentResponse;
import dev.danakit.sandbox.generated.payment.model.RefundOrderRequest;
import dev.danakit.sandbox.generated.payment.model.RefundOrderResponse;
import dev.danakit.sandbox.generated.widget.model.WidgetPaymentRequest;
import dev.danakit.sandbox.generated.widget.model.WidgetPaymentResponse;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.signing.snap.SnapTimestamp;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.time.Duration;

/**
 * Orders through their life: create (INIT), paid by the customer (SUCCESS, then Finish Notify), cancelled
 * (CANCELLED) or refunded (REFUNDED when fully refunded). The payment-gateway and the widget variants of
 * each operation share this behaviour.
 *
 * @param orders the orders
 * @param answers the spec's example answers, and the mapper that reads the requests
 */
public record PaymentTwin(Orders orders, ExampleAnswers answers) {

    /** How long an order without validUpTo may be paid. */
    private static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(30);

    public CreateOrderResponse createOrder(DanaCall call, CreateOrderRequest body) {
        return create(call, body, CreateOrderResponse.class);
    }

    public WidgetPaymentResponse widgetPayment(DanaCall call, WidgetPaymentRequest body) {
        return create(call, body, WidgetPaymentResponse.class);
    }

    public QueryPaymentResponse queryPayment(DanaCall call, QueryPaymentRequest body) {
        return query(call, body, QueryPaymentResponse.class);
    }

    public dev.danakit.sandbox.generated.widget.model.QueryPaymentResponse queryPayment(
            DanaCall call, dev.danakit.sandbox.generated.widget.model.QueryPaymentRequest body) {
        return query(call, body, dev.danakit.sandbox.generated.widget.model.QueryPaymentResponse.class);
    }

    public CancelOrderResponse cancelOrder(DanaCall call, CancelOrderRequest body) {
        return cancel(call, body, CancelOrderResponse.class);
    }

    public dev.danakit.sandbox.generated.widget.model.CancelOrderResponse cancelOrder(
            DanaCall call, dev.danakit.sandbox.generated.widget.model.CancelOrderRequest body) {
        return cancel(call, body, dev.danakit.sandbox.generated.widget.model.CancelOrderResponse.class);
    }

    public RefundOrderResponse refundOrder(DanaCall call, RefundOrderRequest body) {
        return refund(call, body, RefundOrderResponse.class);
    }

    public dev.danakit.sandbox.generated.widget.model.RefundOrderResponse refundOrder(
            DanaCall call, dev.danakit.sandbox.generated.widget.model.RefundOrderRequest body) {
        return refund(call, body, dev.danakit.sandbox.generated.widget.model.RefundOrderResponse.class);
    }

    private <T> T create(DanaCall call, Object body, Class<T> responseType) {
        JsonNode request = answers.mapper().valueToTree(body);
        Orders.Order order = orders.create(call.clientId(), request.path("partnerReferenceNo").asText(),
                request.path("merchantId").asText(null), request.path("amount"),
                request.at("/additionalInfo/order/orderTitle").asText(null), request.path("validUpTo").asText(null));
        return answers.answer(call, body, responseType, Map.of("referenceNo", order.referenceNo));
    }

    /** The order as it was created and as it stands: amount, title, status, its times and details. */
    private <T> T query(DanaCall call, Object body, Class<T> responseType) {
        Orders.Order order = find(call, body);
        Map<String, Object> values = references(order);
        synchronized (order) {
            Orders.Status status = order.status;
            values.put("latestTransactionStatus", status.code());
            values.put("transactionStatusDesc", status.name());
            // the payment gateway names the order amount "amount", the widget "transAmount"
            values.put(responseType == QueryPaymentResponse.class ? "amount" : "transAmount", order.amount());
            values.put("title", order.title);
            values.put("paidTime", order.paidTime == null ? null : SnapTimestamp.format(order.paidTime));
            values.put("additionalInfo", details(order));
        }
        return answers.answer(call, body, responseType, values);
    }

    private ObjectNode details(Orders.Order order) {
        ObjectNode info = answers.mapper().createObjectNode();
        if (order.merchantId != null) {
            info.put("merchantId", order.merchantId);
        }
        ObjectNode amounts = info.putObject("amountDetail");
        amounts.set("orderAmount", order.amount());
        if (order.paidTime != null) {
            amounts.set("payAmount", order.amount());
        }
        if (order.refunded.signum() > 0) {
            amounts.putObject("refundAmount").put("value", order.refunded.setScale(2).toPlainString())
                    .put("currency", order.amount().path("currency").asText("IDR"));
        }
        ObjectNode times = info.putObject("timeDetail");
        times.put("createdTime", SnapTimestamp.format(order.createdTime));
        times.put("expiryTime", order.validUpTo != null ? order.validUpTo
                : SnapTimestamp.format(order.createdTime.plus(DEFAULT_VALIDITY)));
        if (order.paidTime != null) {
            times.put("paidTimes", SnapTimestamp.format(order.paidTime));
        }
        if (order.cancelledTime != null) {
            times.put("cancelledTime", SnapTimestamp.format(order.cancelledTime));
        }
        info.putObject("statusDetail").put("acquirementStatus", switch (order.status) {
            case CANCELLED -> "CLOSED";
            case REFUNDED -> "SUCCESS";
            default -> order.status.name();
        });
        return info;
    }

    private <T> T cancel(DanaCall call, Object body, Class<T> responseType) {
        Orders.Order order = find(call, body);
        if (!orders.cancel(order)) {
            throw Refusal.snap(404, "00", "Invalid Transaction Status");
        }
        Map<String, Object> values = references(order);
        values.put("cancelTime", SnapTimestamp.format(order.cancelledTime));
        return answers.answer(call, body, responseType, values);
    }

    private <T> T refund(DanaCall call, Object body, Class<T> responseType) {
        Orders.Order order = find(call, body);
        JsonNode request = answers.mapper().valueToTree(body);
        Orders.RefundResult result = orders.refund(order, request.path("partnerRefundNo").textValue(),
                new BigDecimal(request.path("refundAmount").path("value").asText("0")));
        if (result.refusal() != null) {
            throw switch (result.refusal()) {
                case STATUS -> Refusal.snap(404, "00", "Invalid Transaction Status");
                case AMOUNT -> Refusal.snap(404, "13", "Invalid Amount");
                case INCONSISTENT -> Refusal.snap(404, "18", "Inconsistent Request");
            };
        }
        Map<String, Object> values = references(order);
        values.put("refundNo", result.refund().refundNo());
        values.put("refundTime", SnapTimestamp.format(result.refund().refundTime()));
        return answers.answer(call, body, responseType, values);
    }

    private Orders.Order find(DanaCall call, Object body) {
        JsonNode request = answers.mapper().valueToTree(body);
        return orders.find(call.clientId(), request.path("originalPartnerReferenceNo").textValue(),
                        request.path("originalReferenceNo").textValue())
                .orElseThrow(() -> Refusal.snap(404, "01", "Transaction Not Found"));
    }

    private static Map<String, Object> references(Orders.Order order) {
        Map<String, Object> values = new HashMap<>();
        values.put("originalPartnerReferenceNo", order.partnerReferenceNo);
        values.put("originalReferenceNo", order.referenceNo);
        return values;
    }
}
