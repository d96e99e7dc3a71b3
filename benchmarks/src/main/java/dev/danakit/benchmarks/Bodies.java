package dev.danakit.benchmarks;

import java.nio.charset.StandardCharsets;

/**
 * Deterministic, pretty-printed JSON bodies of a requested size, shaped like DANA payment payloads, so
 * the minifier has real whitespace and escapes to walk through.
 */
final class Bodies {

    private Bodies() {
    }

    /**
     * @param targetBytes approximate size; the result is at least this long
     * @return pretty-printed UTF-8 JSON
     */
    static byte[] pretty(int targetBytes) {
        StringBuilder sb = new StringBuilder(targetBytes + 256);
        sb.append("{\n  \"partnerReferenceNo\": \"2024031510203000001\",\n  \"merchantId\": \"216620000000000000000\",\n")
                .append("  \"amount\": {\n    \"value\": \"150000.00\",\n    \"currency\": \"IDR\"\n  },\n")
                .append("  \"goods\": [\n");
        int i = 0;
        while (sb.length() < targetBytes - 40) {
            if (i > 0) {
                sb.append(",\n");
            }
            sb.append("    {\n      \"merchantGoodsId\": \"SKU-").append(i)
                    .append("\",\n      \"description\": \"Kopi caf\\u00e9 \\\"susu\\\" size L\",\n")
                    .append("      \"url\": \"https:\\/\\/merchant.example\\/goods\\/").append(i).append("\",\n")
                    .append("      \"price\": { \"value\": \"25000.00\", \"currency\": \"IDR\" },\n")
                    .append("      \"quantity\": \"1\"\n    }");
            i++;
        }
        sb.append("\n  ]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param value the signed value bytes
     * @return an envelope with whitespace around the value, as a pretty-printing sender would send it
     */
    static byte[] envelope(byte[] value) {
        byte[] head = "{\n  \"request\" : ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = (",\n  \"signature\" : \"" + "A".repeat(340) + "==\"\n}\n").getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[head.length + value.length + tail.length];
        System.arraycopy(head, 0, out, 0, head.length);
        System.arraycopy(value, 0, out, head.length, value.length);
        System.arraycopy(tail, 0, out, head.length + value.length, tail.length);
        return out;
    }

    /**
     * @param body the business body
     * @return an Open API request value wrapping it
     */
    static byte[] openApiValue(byte[] body) {
        String head = "{\"head\":{\"version\":\"2.0\",\"function\":\"dana.acquiring.order.createOrder\","
                + "\"clientId\":\"2024031500000000000001\",\"reqTime\":\"2024-03-15T10:20:30+07:00\","
                + "\"reqMsgId\":\"3f1c2a9e-0b7d-4f5e-9a61-2c8d4e7b1a05\",\"reserve\":\"{}\"},\"body\":";
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[h.length + body.length + 1];
        System.arraycopy(h, 0, out, 0, h.length);
        System.arraycopy(body, 0, out, h.length, body.length);
        out[out.length - 1] = '}';
        return out;
    }

    /**
     * A Finish Notify as DANA's servers send it: compact (no insignificant whitespace), with as many
     * {@code payOptionInfos} entries as it takes to reach the size (≈200 for 64 KB). Strings carry what real
     * notifications carry: spaces, escaped slashes and quotes, {@code \\u} escapes and raw multi-byte UTF-8.
     *
     * @param targetBytes approximate size; the result is at least this long
     * @return compact UTF-8 JSON
     */
    static byte[] finishNotify(int targetBytes) {
        return finishNotify(targetBytes, "ORD-20240513-0001");
    }

    /**
     * The same Finish Notify for another order: distinct references make distinct notifications, so a ledger
     * that remembers runs the handler for each of them.
     *
     * @param targetBytes approximate size; the result is at least this long
     * @param originalPartnerReferenceNo the merchant's order reference
     * @return compact UTF-8 JSON
     */
    static byte[] finishNotify(int targetBytes, String originalPartnerReferenceNo) {
        StringBuilder sb = new StringBuilder(targetBytes + 512);
        sb.append("{\"originalPartnerReferenceNo\":\"").append(originalPartnerReferenceNo).append("\",")
                .append("\"originalReferenceNo\":\"20240513111212800110166050101234567\",")
                .append("\"merchantId\":\"216620000012345678901\",\"amount\":{\"value\":\"10000.00\",\"currency\":\"IDR\"},")
                .append("\"latestTransactionStatus\":\"00\",\"transactionStatusDesc\":\"SUCCESS\",")
                .append("\"createdTime\":\"2024-05-13T10:15:30+07:00\",\"finishedTime\":\"2024-05-13T10:16:02+07:00\",")
                .append("\"additionalInfo\":{\"paidTime\":\"1715570161000\",\"shopInfo\":{\"shopId\":\"10000001234567\",")
                .append("\"externalShopId\":\"STORE-001\",\"shopAddress\":{\"city\":\"Jakarta Selatan\",\"name\":\"Kopi Café · 東京\"}},")
                .append("\"paymentInfo\":{\"cashierRequestId\":\"20240513111212800110166050101234567\",")
                .append("\"paidTime\":\"1715570161000\",\"payOptionInfos\":[");
        int i = 0;
        String tail = "]}}}";
        while (sb.length() + tail.length() < targetBytes) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"payMethod\":\"").append(i % 3 == 0 ? "BALANCE" : i % 3 == 1 ? "COUPON" : "DEBIT_CARD")
                    .append("\",\"payOption\":\"").append(i % 3 == 2 ? "DEBIT_CARD_BRI" : "")
                    .append("\",\"payAmount\":{\"value\":\"").append(1000 + i).append(".00\",\"currency\":\"IDR\"},")
                    .append("\"transAmount\":{\"value\":\"").append(1000 + i).append(".00\",\"currency\":\"IDR\"},")
                    .append("\"chargeAmount\":{\"value\":\"0.00\",\"currency\":\"IDR\"},")
                    .append("\"payOptionBillExtendInfo\":\"{\\\"voucherName\\\":\\\"Diskon caf\\\\u00e9 \\u00e9 ").append(i)
                    .append("\\\",\\\"url\\\":\\\"https:\\\\/\\\\/m.example\\\\/v\\\"}\",")
                    .append("\"extendInfo\":\"{}\"}");
            i++;
        }
        sb.append(tail);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
