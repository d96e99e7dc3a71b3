package dev.danakit.sandbox.qris;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EMVCo Merchant Presented Mode payloads as QRIS uses them: a string of TLVs (two-digit ID, two-digit length,
 * value), ending in tag 63 whose value is the CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, no
 * reflection, no final XOR) of every character before it, {@code "6304"} included, in four upper-case hex digits.
 */
public final class QrisPayload {

    /** Tag 26-51 globally unique identifier of DANA's merchant account information. */
    public static final String DANA_GUI = "ID.DANA.WWW";
    /** Tag 51 globally unique identifier of the national QRIS merchant id. */
    public static final String QRIS_GUI = "ID.CO.QRIS.WWW";

    private QrisPayload() {
    }

    /**
     * What a dynamic QRIS carries.
     *
     * @param merchantPan DANA's merchant PAN (tag 26/01, 16-19 digits)
     * @param merchantId the merchant id at DANA (tag 26/02)
     * @param nmid the national merchant id (tag 51/02)
     * @param mcc merchant category code (tag 52)
     * @param amount e.g. {@code 10000.00} (tag 54)
     * @param merchantName at most 25 characters (tag 59)
     * @param city at most 15 characters (tag 60)
     * @param postalCode tag 61, or {@code null}
     * @param billNumber the merchant's reference (tag 62/01), or {@code null}
     * @param storeLabel tag 62/03, or {@code null}
     * @param terminalLabel tag 62/07, or {@code null}
     */
    public record Dynamic(String merchantPan, String merchantId, String nmid, String mcc, String amount,
                          String merchantName, String city, String postalCode, String billNumber, String storeLabel,
                          String terminalLabel) {
    }

    /**
     * @param qr what to encode
     * @return the payload, CRC included
     */
    public static String dynamic(Dynamic qr) {
        StringBuilder payload = new StringBuilder()
                .append(tlv("00", "01"))
                .append(tlv("01", "12")) // 12: dynamic, for one payment
                .append(tlv("26", tlv("00", DANA_GUI) + tlv("01", qr.merchantPan()) + tlv("02", qr.merchantId())
                        + tlv("03", "UMI")))
                .append(tlv("51", tlv("00", QRIS_GUI) + tlv("02", qr.nmid()) + tlv("03", "UMI")))
                .append(tlv("52", qr.mcc()))
                .append(tlv("53", "360")) // ISO 4217 numeric IDR
                .append(tlv("54", qr.amount()))
                .append(tlv("58", "ID"))
                .append(tlv("59", truncate(qr.merchantName(), 25)))
                .append(tlv("60", truncate(qr.city(), 15)));
        if (qr.postalCode() != null) {
            payload.append(tlv("61", qr.postalCode()));
        }
        String additional = optional("01", qr.billNumber()) + optional("03", qr.storeLabel())
                + optional("07", qr.terminalLabel());
        if (!additional.isEmpty()) {
            payload.append(tlv("62", additional));
        }
        payload.append("6304");
        return payload.append(crcHex(payload)).toString();
    }

    /**
     * @param payload a payload
     * @return its top-level TLVs in order, ID to value (a template's value is its nested TLV string)
     * @throws IllegalArgumentException if the TLVs do not add up to the payload
     */
    public static Map<String, String> parse(String payload) {
        Map<String, String> tags = new LinkedHashMap<>();
        int at = 0;
        while (at < payload.length()) {
            if (at + 4 > payload.length()) {
                throw new IllegalArgumentException("truncated TLV at " + at);
            }
            String id = payload.substring(at, at + 2);
            int length;
            try {
                length = Integer.parseInt(payload.substring(at + 2, at + 4));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("length of tag " + id + " is not two digits", e);
            }
            int end = at + 4 + length;
            if (end > payload.length()) {
                throw new IllegalArgumentException("tag " + id + " runs past the end");
            }
            if (tags.put(id, payload.substring(at + 4, end)) != null) {
                throw new IllegalArgumentException("tag " + id + " twice");
            }
            at = end;
        }
        return tags;
    }

    /**
     * @param payload a payload ending in tag 63
     * @return whether tag 63 is last and holds the CRC of what precedes it
     */
    public static boolean crcValid(String payload) {
        int crcAt = payload.length() - 4;
        return crcAt >= 4 && payload.startsWith("6304", crcAt - 4)
                && payload.substring(crcAt).equals(crcHex(payload.substring(0, crcAt)));
    }

    /**
     * @param text the characters the CRC covers
     * @return CRC-16/CCITT-FALSE of their ASCII bytes, four upper-case hex digits
     */
    public static String crcHex(CharSequence text) {
        int crc = 0xFFFF;
        for (byte b : text.toString().getBytes(StandardCharsets.US_ASCII)) {
            crc ^= (b & 0xFF) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return String.format("%04X", crc);
    }

    private static String optional(String id, String value) {
        return value == null || value.isEmpty() ? "" : tlv(id, truncate(value, 25));
    }

    private static String tlv(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("tag " + id + " longer than 99");
        }
        return id + String.format("%02d", value.length()) + value;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
