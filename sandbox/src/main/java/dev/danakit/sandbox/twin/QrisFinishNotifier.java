package dev.danakit.sandbox.twin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.protocol.operations.DanaOperation;
import dev.danakit.sandbox.merchants.Merchant;
import dev.danakit.signing.snap.SnapTimestamp;
import java.io.UncheckedIOException;

/**
 * Finish Notify for a paid QRIS, in the body shape DANA's production sends for QRIS rather than the one its
 * docs show: {@code additionalInfo.shopInfo.shopAddress}, {@code paymentInfo.payRequestExtendInfo} and
 * {@code paymentInfo.extendInfo} are JSON objects encoded as strings, the store id is {@code externalStoreId},
 * {@code additionalInfo.paidTime} is epoch milliseconds. Signed with DANA's key like every Finish Notify and resent
 * on DANA's schedule until the merchant answers {@code 2005600}.
 *
 * @param operation Finish Notify in the operation table (its service code)
 * @param via what the notification is made and sent with
 */
public record QrisFinishNotifier(DanaOperation operation, Notifications via) {

    /**
     * @param merchant the order's merchant
     * @param qris the paid QRIS
     * @return true if the merchant has a Finish Notify URL and the notification was queued
     */
    public boolean notify(Merchant merchant, QrisOrders.QrisOrder qris) {
        if (merchant == null || merchant.finishNotifyUrl() == null) {
            return false;
        }
        via.sendSnap(operation, merchant, merchant.finishNotifyUrl(), bytes(body(qris)));
        return true;
    }

    /**
     * @param qris a paid QRIS
     * @return the notification body, as DANA's production writes it for QRIS
     */
    ObjectNode body(QrisOrders.QrisOrder qris) {
        Orders.Order order = qris.order();
        ObjectNode body = via.mapper().createObjectNode()
                .put("originalPartnerReferenceNo", order.partnerReferenceNo)
                .put("originalReferenceNo", order.referenceNo)
                .put("merchantId", order.merchantId);
        if (qris.subMerchantId() != null) {
            body.put("subMerchantId", qris.subMerchantId());
        }
        body.set("amount", order.amount().deepCopy());
        body.put("latestTransactionStatus", order.status().code())
                .put("transactionStatusDesc", order.status().name())
                .put("createdTime", SnapTimestamp.format(order.createdTime))
                .put("finishedTime", SnapTimestamp.format(order.finishedTime))
                .put("externalStoreId", qris.storeId());

        ObjectNode additional = body.putObject("additionalInfo");
        ObjectNode payment = additional.putObject("paymentInfo");
        payment.put("cashierRequestId", "qris" + order.referenceNo);
        payment.put("paidTime", SnapTimestamp.format(order.finishedTime));
        ArrayNode options = payment.putArray("payOptionInfos");
        ObjectNode option = options.addObject().put("payMethod", "NETWORK_PAY").put("payOption", "NETWORK_PAY_PG_QRIS");
        option.set("payAmount", order.amount().deepCopy());
        option.set("transAmount", order.amount().deepCopy());
        ObjectNode requestExtend = via.mapper().createObjectNode().put("qrContent", qris.qrContent());
        if (qris.terminalId() != null) {
            requestExtend.put("terminalId", qris.terminalId());
        }
        payment.put("payRequestExtendInfo", text(requestExtend));
        payment.put("extendInfo", text(via.mapper().createObjectNode().put("issuerName", "DANA")
                .put("customerPan", "9360091512345678901").put("rrn", String.format("%012d", Math.floorMod(order.referenceNo.hashCode(), 1_000_000_000_000L)))));

        ObjectNode shop = additional.putObject("shopInfo");
        shop.put("shopId", "1000" + String.format("%010d", Math.floorMod(qris.storeId().hashCode(), 10_000_000_000L)));
        shop.put("externalShopId", qris.storeId());
        shop.put("shopName", qris.merchantName());
        shop.put("shopAddress", text(via.mapper().createObjectNode().put("province", "DKI Jakarta")
                .put("city", "Jakarta Selatan").put("address1", "Jl. Sandbox No. 1").put("postcode", "12190")));
        additional.put("paidTime", Long.toString(order.finishedTime.toEpochMilli()));
        return body;
    }

    private String text(ObjectNode object) {
        try {
            return via.mapper().writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] bytes(ObjectNode body) {
        try {
            return via.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
