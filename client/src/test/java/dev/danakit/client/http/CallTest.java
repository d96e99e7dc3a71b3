package dev.danakit.client.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.danakit.client.outcome.TransportError;
import dev.danakit.protocol.codes.ResponseCodeCatalog;
import dev.danakit.protocol.operations.OperationTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The call object enforces the order of the path: sign, send, (verify), decode. */
class CallTest {

    private static final Route APPLY_OTT = new Route(OperationTable.dana().byPath("/rest/v1.1/qr/apply-ott")
            .orElseThrow(), null, null, "/rest/v1.1/qr/apply-ott", null, null);

    private static Call created() {
        Call call = new Call(1, "ext-1");
        call.created(APPLY_OTT, new Object(), new Object(), Map.of());
        return call;
    }

    @Test
    void theStepsRunInOrder() {
        Call call = created();
        call.signed(new byte[] {'{', '}'}, Map.of("X-EXTERNAL-ID", "ext-1"));
        call.answered(200, Map.of(), new byte[] {'{', '}'}, 1);
        call.verified();
        call.decoded(null, ResponseCodeCatalog.codesOnly().snap("2004900", null));
        assertEquals(List.of(Call.Stage.CREATED, Call.Stage.SIGNED, Call.Stage.SENT, Call.Stage.VERIFIED,
                Call.Stage.DECODED), call.stages());
        assertEquals("applyOtt", call.operation().operationId());
    }

    @Test
    void nothingIsSentUnsignedAndNothingDecodedUnsent() {
        Call unsigned = created();
        assertThrows(IllegalStateException.class, () -> unsigned.answered(200, Map.of(), new byte[0], 1));
        assertThrows(IllegalStateException.class,
                () -> unsigned.decoded(null, ResponseCodeCatalog.codesOnly().httpOnly(200, "49")));

        Call signed = created();
        signed.signed(new byte[0], Map.of());
        assertThrows(IllegalStateException.class, signed::verified);
        assertThrows(IllegalStateException.class, () -> signed.signed(new byte[0], Map.of()), "signed once");
    }

    @Test
    void aTransportErrorEndsTheCallWithoutAnAnswerToDecode() {
        Call call = created();
        call.signed(new byte[0], Map.of());
        call.failed(TransportError.TIMEOUT, new java.net.http.HttpTimeoutException("t"), 5);
        assertEquals(Call.Stage.SENT, call.stage());
        assertEquals(TransportError.TIMEOUT, call.transportError());
        assertThrows(IllegalStateException.class,
                () -> call.decoded(null, ResponseCodeCatalog.codesOnly().httpOnly(0, "49")));
    }

    @Test
    void oneAttemptRunsOneOperation() {
        Call call = created();
        assertThrows(IllegalStateException.class, () -> call.created(APPLY_OTT, null, null, Map.of()));
    }
}
