package dev.danakit.protocol.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseCodeCatalogTest {

    private final ResponseCodeCatalog codes = ResponseCodeCatalog.codesOnly();

    @Test
    void sevenDigitsSplitIntoStatusServiceAndCase() {
        ResponseCode code = codes.snap("4014902", "Invalid Customer Token");
        assertEquals(401, code.httpStatus());
        assertEquals("49", code.serviceCode());
        assertEquals("02", code.caseCode());
        assertEquals(OutcomeKind.FAILURE, code.kind());
        assertEquals(NextAction.FIX_CREDENTIALS, code.action());
        assertEquals("Invalid Customer Token", code.name());
    }

    @Test
    void categoryFollowsTheHttpStatus() {
        assertEquals(OutcomeKind.SUCCESS, codes.snap("2005400", null).kind());
        assertEquals(NextAction.QUERY_STATUS, codes.snap("2025400", null).action());
        assertEquals(NextAction.FIX_REQUEST, codes.snap("4045418", null).action(), "inconsistent request");
        assertEquals(NextAction.DO_NOT_RETRY, codes.snap("4045401", null).action());
        assertEquals(NextAction.QUERY_STATUS, codes.snap("4095401", null).action());
        ResponseCode tooMany = codes.snap("4294900", null);
        assertEquals(NextAction.RETRY_LATER, tooMany.action());
        assertTrue(tooMany.retrySafe());
        ResponseCode general = codes.snap("5004900", null);
        assertEquals(OutcomeKind.UNKNOWN, general.kind());
        assertEquals(NextAction.RETRY, general.action());
        assertEquals("Timeout", codes.snap("5045400", null).name());
    }

    @Test
    void onlySevenDigitsAreSnapCodes() {
        assertThrows(IllegalArgumentException.class, () -> codes.snap("400490", null));
        assertThrows(IllegalArgumentException.class, () -> codes.snap("40049O1", null));
        assertFalse(ResponseCodeCatalog.isSnapCode(null));
    }

    @Test
    void openApiStatusLetters() {
        assertEquals(OutcomeKind.SUCCESS, codes.openApi(200, "S", "00000000", "SUCCESS", "ok").kind());
        assertEquals(NextAction.FIX_REQUEST, codes.openApi(200, "F", "00000004", "PARAM_ILLEGAL", "x").action());
        assertEquals(NextAction.DO_NOT_RETRY,
                codes.openApi(200, "F", "12158006901", "MERCHANT_NOT_EXIST", "x").action());
        assertEquals(NextAction.RETRY, codes.openApi(200, "U", "00000900", "SYSTEM_ERROR", "x").action());
        assertEquals(NextAction.QUERY_STATUS, codes.openApi(200, "A", "00000000", "ACCEPTED", "x").action());
        assertEquals(OutcomeKind.UNKNOWN, codes.openApi(200, "Z", "1", "NEW", "x").kind());
    }

    @Test
    void httpStatusAloneWhenTheBodyHasNoCode() {
        ResponseCode badGateway = codes.httpOnly(502, "49");
        assertNull(badGateway.code());
        assertEquals(OutcomeKind.UNKNOWN, badGateway.kind());
        assertEquals(OutcomeKind.UNKNOWN, codes.httpOnly(200, "49").kind(), "2xx without a code proves nothing");
        assertEquals(OutcomeKind.FAILURE, codes.httpOnly(400, "49").kind());
    }

    @Test
    void theCatalogueEnrichesMeaningAndAction() {
        ResponseCodeCatalog catalog = ResponseCodeCatalog.of(Map.of("applyOtt 4034905",
                new ResponseCodeCatalog.CatalogueEntry("Do Not Honor", "account status abnormal: ask DANA", null)));
        ResponseCode code = catalog.snap("applyOtt", "4034905", "Do Not Honor");
        assertEquals("Do Not Honor", code.name());
        assertEquals("account status abnormal: ask DANA", code.meaning());
        assertEquals(NextAction.DO_NOT_RETRY, code.action());
        assertEquals("Forbidden", codes.snap("4034905", null).name());
    }

    @Test
    void theCatalogueShippedInDanaApiEnrichesPerOperation() {
        ResponseCodeCatalog catalog = ResponseCodeCatalogs.fromClasspath(getClass().getClassLoader());
        assertTrue(catalog.size() > 50, "catalogue loaded: " + catalog.size());

        ResponseCode honor = catalog.snap("applyOtt", "4034905", "Do Not Honor");
        assertEquals("Do Not Honor", honor.name());
        assertEquals("The customer's account status is abnormal.", honor.meaning());
        assertEquals(NextAction.DO_NOT_RETRY, honor.action());
        assertEquals(NextAction.RETRY_LATER, catalog.snap("applyOtt", "4294900", null).action());
        assertEquals(NextAction.FIX_REQUEST, catalog.snap("applyOtt", "4004901", null).action(),
                "the precise action survives the catalogue's DO_NOT_RETRY");

        ResponseCode generic = catalog.snap("noSuchOperation", "4004902", null);
        assertEquals("A required field or header is missing; the message names it.", generic.meaning());

        ResponseCode merchant = catalog.openApi("queryMerchantResource", 200, "F", "12158006901",
                "MERCHANT_NOT_EXIST", "Merchant not exist");
        assertEquals(OutcomeKind.FAILURE, merchant.kind());
        assertTrue(merchant.meaning().startsWith("requestMerchantId is unknown"));
        assertEquals(NextAction.RETRY,
                catalog.openApi("queryMerchantResource", 200, "U", "00000900", "SYSTEM_ERROR", "x").action());
    }

    @Test
    void theShippedCatalogueIsLoadedOnceFromDanaApi() {
        ResponseCodeCatalog shipped = ResponseCodeCatalogs.shipped();
        assertSame(shipped, ResponseCodeCatalogs.shipped());
        assertEquals(ResponseCodeCatalogs.fromClasspath(getClass().getClassLoader()).size(), shipped.size());
        assertEquals("Do Not Honor", shipped.snap("applyOtt", "4034905", null).name());
    }
}
