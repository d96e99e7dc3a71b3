package dev.danakit.callbacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.callbacks.ledger.InMemoryNotificationLedger;
import dev.danakit.callbacks.support.CallbackServer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.callbacks.support.RecordingUnbindNotify;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A well-signed envelope that is not an Unbind Notify for this merchant (another function, another Open API
 * version, another client id) is refused and never reaches the handler.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnbindNotifyHeadTest {

    private final RecordingUnbindNotify handler = new RecordingUnbindNotify();
    @AutoClose
    private final CallbackServer server = new CallbackServer(Dana.callbacks(new InMemoryNotificationLedger()).clientId(Dana.CLIENT_ID)
            .unbindNotify(handler).build());

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "function, dana.acquiring.order.finishNotify",
        "function, DANA.OAUTH.UNBIND.NOTIFY",
        "version, 1.0",
        "clientId, 2024051300000000999"})
    void aHeadForAnotherCallbackOrMerchantIsRefused(String field, String value) {
        String head = Dana.head("msg-head-" + field + value.hashCode()).replace(
                "\"" + field + "\":\"" + original(field) + "\"", "\"" + field + "\":\"" + value + "\"");
        byte[] envelope = Dana.signedEnvelope("{\"head\":" + head + ",\"body\":" + Dana.unbindBody() + "}");

        JsonNode response = Dana.assertOpenApiAnswer(server.post(Dana.UNBIND_PATH, Map.of(), envelope), "F",
                "PARAM_ILLEGAL");
        String message = response.path("body").path("resultInfo").path("resultMsg").asText();
        assertTrue(message.contains("Invalid Field Format request.head." + field), message);
        assertEquals(0, handler.calls());
    }

    private static String original(String field) {
        return switch (field) {
            case "function" -> "dana.oauth.unbind.notify";
            case "version" -> "2.0";
            default -> Dana.CLIENT_ID;
        };
    }
}
