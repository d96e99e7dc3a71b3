package dev.danakit.sandbox.qris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrisPayloadTest {

    private static final QrisPayload.Dynamic QR = new QrisPayload.Dynamic("936009153000012345",
            "216620000012345678901", "ID1024312345678", "5812", "10000.00", "Warung Sandbox", "Jakarta", "12190",
            "QRIS-20240513-0001", "STORE-001", "T-001");

    @Test
    void crcIsCcittFalse() {
        // the catalogue check value of CRC-16/CCITT-FALSE
        assertEquals("29B1", QrisPayload.crcHex("123456789"));
    }

    @Test
    void theSpecExampleIsWhatTheBuilderWrites() {
        // qris.yaml's success example of qrMpmGenerate
        assertEquals("00020101021226690011ID.DANA.WWW011893600915300001234502212166200000123456789010303UMI"
                + "51440014ID.CO.QRIS.WWW0215ID10243123456780303UMI520458125303360540810000.005802ID"
                + "5914Warung Sandbox6007Jakarta61051219062440118QRIS-20240513-00010309STORE-0010705T-0016304E6C6",
                QrisPayload.dynamic(QR));
    }

    @Test
    void tagsComeInEmvcoOrderAndTheCrcCoversEverythingBeforeIt() {
        String payload = QrisPayload.dynamic(QR);
        Map<String, String> tags = QrisPayload.parse(payload);
        assertEquals(List.of("00", "01", "26", "51", "52", "53", "54", "58", "59", "60", "61", "62", "63"),
                List.copyOf(tags.keySet()));
        assertEquals("12", tags.get("01"));
        assertEquals("360", tags.get("53"));
        assertEquals("10000.00", tags.get("54"));
        assertEquals(QrisPayload.crcHex(payload.substring(0, payload.length() - 4)), tags.get("63"));
        assertEquals("ID.DANA.WWW", QrisPayload.parse(tags.get("26")).get("00"));
        assertEquals("QRIS-20240513-0001", QrisPayload.parse(tags.get("62")).get("01"));
        assertTrue(QrisPayload.crcValid(payload));
    }

    @Test
    void aChangedCharacterBreaksTheCrc() {
        String payload = QrisPayload.dynamic(QR).replace("10000.00", "90000.00");
        assertFalse(QrisPayload.crcValid(payload));
    }

    @Test
    void malformedTlvsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QrisPayload.parse("000201011"));
        assertThrows(IllegalArgumentException.class, () -> QrisPayload.parse("0099AB"));
        assertThrows(IllegalArgumentException.class, () -> QrisPayload.parse("00XX01"));
    }
}
