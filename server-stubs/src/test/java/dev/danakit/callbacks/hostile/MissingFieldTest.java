package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every required field missing, one at a time, in otherwise valid and signed callbacks. */
class MissingFieldTest extends HostileInputTest {

    static Stream<Arguments> cases() {
        return ModelCases.fields(ModelFields.Field::required);
    }

    @ParameterizedTest(name = "{0}: without {1}")
    @MethodSource("cases")
    void missingIsAnInvalidMandatoryField(Callback callback, String path, int maxLength) {
        Answer answer = ModelCases.sendEdited(this, callback, path, null);
        if (!strict(callback, path)) {
            deliveredWithDeviation(callback, answer, path);
            return;
        }
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(answer, "4005602", "Invalid Mandatory Field " + path);
            case UNBIND_NOTIFY -> refusedOpenApi(answer, switch (path) {
                case "request.head", "request.head.reqTime" -> "Unauthorized. envelope head has no reqTime";
                default -> "Invalid Mandatory Field " + path;
            });
            case NICEPAY -> refusedNicepay(answer, 400, "9002", path);
        }
    }

    @Test
    void openApiEnvelopeWithoutRequest() {
        refusedOpenApi(unbindRaw(Documents.utf8("{\"signature\":\"" + "A".repeat(344) + "\"}")),
                "Bad Request. envelope has no request object");
    }

    @Test
    void openApiEnvelopeWithoutSignature() {
        String value = new String(Documents.bytes(Documents.unbindValue()), StandardCharsets.UTF_8);
        refusedOpenApi(unbindRaw(Documents.utf8("{\"" + OpenApiEnvelope.REQUEST + "\":" + value + "}")),
                "Unauthorized. envelope has no signature string");
        Dana.read(Documents.utf8(value));
    }
}
