package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.protocol.refusals.Refusal;
import dev.danakit.sandbox.generated.qris.model.Money;
import dev.danakit.sandbox.generated.qris.model.QrCpmPaymentRequest;
import dev.danakit.sandbox.generated.qris.model.QrCpmPaymentResponse;
import dev.danakit.sandbox.generated.qris.model.QrMpmGenerateRequest;
import dev.danakit.sandbox.generated.qris.model.QrMpmGenerateResponse;
import dev.danakit.sandbox.http.DanaCall;
import dev.danakit.sandbox.qris.CustomerCodes;
import dev.danakit.sandbox.qris.QrisPayload;
import dev.danakit.signing.snap.SnapTimestamp;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * QRIS acquiring as DANA answers it. Generate (MPM) opens an order in the shared order book and answers a
 * dynamic QRIS whose payload a customer pays through {@code POST /sandbox/qris/pay}; CPM Payment charges a
 * customer payment code at once: paid, not a customer's code ({@code 4006001}), expired ({@code 4036000}) or
 * short of balance ({@code 4036014}). Retries with the same partnerReferenceNo replay the first answer
 * ({@link SpecTwin}'s idempotency), so a code is never charged twice.
 */
public final class QrisTwin {

    /** DANA's default life of a dynamic QRIS when the request gives no validityPeriod. */
    static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(15);
    private static final String MERCHANT_NAME = "DANA SANDBOX MERCHANT";

    private final Orders orders;
    private final QrisOrders qris;
    private final CustomerCodes codes;
    private final ExampleAnswers answers;
    private final Clock clock;

    public QrisTwin(Orders orders, QrisOrders qris, CustomerCodes codes, ExampleAnswers answers, Clock clock) {
        this.orders = orders;
        this.qris = qris;
        this.codes = codes;
        this.answers = answers;
        this.clock = clock;
    }

    public QrMpmGenerateResponse qrMpmGenerate(DanaCall call, QrMpmGenerateRequest body) {
        Money amount = body.getAmount();
        requireIdr(amount);
        Instant validUntil = validUntil(body.getValidityPeriod());
        Orders.Order order = orders.create(call.clientId(), body.getPartnerReferenceNo(), body.getMerchantId(),
                amountNode(amount));
        String qrContent = QrisPayload.dynamic(new QrisPayload.Dynamic(merchantPan(call.clientId()),
                body.getMerchantId(), nmid(call.clientId()), "5812", amount.getValue(), MERCHANT_NAME, "Jakarta",
                "12190", body.getPartnerReferenceNo(), body.getStoreId(), body.getTerminalId()));
        qris.add(new QrisOrders.QrisOrder(order, call.clientId(), qrContent, body.getStoreId(), body.getTerminalId(),
                blankToNull(body.getSubMerchantId()), MERCHANT_NAME, validUntil));
        Map<String, Object> values = new HashMap<>();
        values.put("referenceNo", order.referenceNo);
        values.put("qrContent", qrContent);
        values.put("merchantName", MERCHANT_NAME);
        values.put("qrUrl", null); // the sandbox renders no images
        values.put("redirectUrl", null);
        return answers.answer(call, body, QrMpmGenerateResponse.class, values);
    }

    public QrCpmPaymentResponse qrCpmPayment(DanaCall call, QrCpmPaymentRequest body) {
        Money amount = body.getAmount();
        requireIdr(amount);
        switch (codes.charge(body.getQrContent(), new BigDecimal(amount.getValue()))) {
            case INVALID -> throw Refusal.snap(400, "01", "Invalid Field Format qrContent");
            case EXPIRED -> throw Refusal.snap(403, "00", "Transaction Expired");
            case INSUFFICIENT -> throw Refusal.snap(403, "14", "Insufficient Funds");
            case PAID -> {
                // paid on the spot
            }
        }
        Orders.Order order = orders.create(call.clientId(), body.getPartnerReferenceNo(), body.getMerchantId(),
                amountNode(amount));
        orders.pay(order);
        Map<String, Object> values = new HashMap<>();
        values.put("referenceNo", order.referenceNo);
        values.put("transactionDate", SnapTimestamp.format(order.finishedTime));
        return answers.answer(call, body, QrCpmPaymentResponse.class, values);
    }

    private Instant validUntil(String validityPeriod) {
        if (validityPeriod == null || validityPeriod.isEmpty()) {
            return clock.instant().plus(DEFAULT_VALIDITY);
        }
        try {
            Instant until = OffsetDateTime.parse(validityPeriod).toInstant();
            if (!until.isAfter(clock.instant())) {
                throw Refusal.snap(400, "01", "Invalid Field Format validityPeriod");
            }
            return until;
        } catch (DateTimeParseException e) {
            throw Refusal.snap(400, "01", "Invalid Field Format validityPeriod");
        }
    }

    private static void requireIdr(Money amount) {
        if (!"IDR".equals(amount.getCurrency())) {
            throw Refusal.snap(400, "01", "Invalid Field Format amount.currency");
        }
        if (new BigDecimal(amount.getValue()).signum() <= 0) {
            throw Refusal.snap(404, "13", "Invalid Amount");
        }
    }

    private static ObjectNode amountNode(Money amount) {
        return JsonNodeFactory.instance.objectNode().put("value", amount.getValue()).put("currency", amount.getCurrency());
    }

    /** A stable 18-digit merchant PAN per merchant, under DANA's national number 93600915. */
    private static String merchantPan(String clientId) {
        return "9360091530" + String.format("%08d", Math.floorMod(clientId.hashCode(), 100_000_000));
    }

    /** A stable national merchant id per merchant: ID and 13 digits. */
    private static String nmid(String clientId) {
        return "ID10" + String.format("%011d", Math.floorMod((long) clientId.hashCode() * 31, 100_000_000_000L));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
