package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Orders through their life: create (INIT), paid by the customer (SUCCESS, then Finish Notify), cancelled
 * (CANCELLED) or refunded (REFUNDED when fully refunded). The payment-gateway and the widget variants of
 * each operation share this behaviour.
 */
public final class PaymentTwin {

    private final Orders orders;
    private final ExampleAnswers answers;
    private final ObjectMapper mapper;
    private final Clock clock;

    public PaymentTwin(Orders orders, ExampleAnswers answers, Clock clock) {
        this.orders = orders;
        this.answers = answers;
        this.mapper = answers.mapper();
        this.clock = clock;
    }

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
        JsonNode request = mapper.valueToTree(body);
        Orders.Order order = orders.create(call.clientId(), request.path("partnerReferenceNo").asText(),
                request.path("merchantId").asText(null), request.path("amount"));
        return answers.answer(call, body, responseType, Map.of("referenceNo", order.referenceNo));
    }

    private <T> T query(DanaCall call, Object body, Class<T> responseType) {
        Orders.Order order = find(call, body);
        Orders.Status status = order.status();
        Map<String, Object> values = references(order);
        values.put("latestTransactionStatus", status.code());
        values.put("transactionStatusDesc", status.name());
        values.put("amount", order.amount());
        values.put("paidTime", status == Orders.Status.SUCCESS || status == Orders.Status.REFUNDED
                ? SnapTimestamp.format(order.finishedTime) : null);
        return answers.answer(call, body, responseType, values);
    }

    private <T> T cancel(DanaCall call, Object body, Class<T> responseType) {
        Orders.Order order = find(call, body);
        if (!orders.cancel(order)) {
            throw Refusal.snap(403, "15", "Transaction Not Permitted");
        }
        Map<String, Object> values = references(order);
        values.put("cancelTime", SnapTimestamp.now(clock));
        return answers.answer(call, body, responseType, values);
    }

    private <T> T refund(DanaCall call, Object body, Class<T> responseType) {
        Orders.Order order = find(call, body);
        JsonNode request = mapper.valueToTree(body);
        String refused = orders.refund(order, new BigDecimal(request.path("refundAmount").path("value").asText("0")));
        if ("status".equals(refused)) {
            throw Refusal.snap(403, "15", "Transaction Not Permitted");
        }
        if ("amount".equals(refused)) {
            throw Refusal.snap(404, "13", "Invalid Amount");
        }
        Map<String, Object> values = references(order);
        values.put("refundNo", UUID.randomUUID().toString().replace("-", ""));
        values.put("refundTime", SnapTimestamp.now(clock));
        return answers.answer(call, body, responseType, values);
    }

    private Orders.Order find(DanaCall call, Object body) {
        JsonNode request = mapper.valueToTree(body);
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
