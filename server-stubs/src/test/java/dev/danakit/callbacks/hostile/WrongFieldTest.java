package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One field made wrong at a time in otherwise valid and signed callbacks: every required field left out, a number
 * where every string belongs, every string one character over its maxLength. A field that identifies the
 * notification or moves money is refused in the sender's format; any other reaches the handler with a deviation.
 */
class WrongFieldTest extends HostileInputTest {

    /**
     * How a field is made wrong, and how the refusal names it.
     *
     * @param reqTimeRefusal the Open API refusal when the envelope's head or reqTime is wrong: read before the
     *     signature is
     */
    record Edit(String name, Predicate<ModelFields.Field> fields, IntFunction<JsonNode> value, String snapCode,
            String reason, String reqTimeRefusal) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Edit> EDITS = List.of(
            new Edit("missing", ModelFields.Field::required, maxLength -> null, "4005602",
                    "Invalid Mandatory Field ", "Unauthorized. envelope head has no reqTime"),
            new Edit("number for string", ModelFields.Field::string, maxLength -> IntNode.valueOf(12345), "4005601",
                    "Invalid Field Format ", "Unauthorized. envelope head has no reqTime"),
            new Edit("over maxLength", f -> f.string() && f.maxLength() > 0 && f.maxLength() < Integer.MAX_VALUE,
                    maxLength -> TextNode.valueOf("1".repeat(maxLength + 1)), "4005601", "Invalid Field Format ",
                    "Unauthorized. reqTime is not in the form"));

    static Stream<Arguments> cases() {
        return EDITS.stream().flatMap(edit -> ModelCases.fields(edit.fields())
                .map(field -> Arguments.of(edit, field.get()[0], field.get()[1], field.get()[2])));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cases")
    void refusedIfStrictElseDeliveredWithADeviation(Edit edit, Callback callback, String path, int maxLength) {
        Answer answer = ModelCases.sendEdited(this, callback, path, edit.value().apply(maxLength));
        if (!strict(callback, path)) {
            deliveredWithDeviation(callback, answer, path);
            return;
        }
        String reason = edit.reason() + path;
        boolean readBeforeVerification = path.equals("request.head") || ModelCases.OPEN_API_VERIFIED.contains(path);
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(answer, edit.snapCode(), reason);
            case UNBIND_NOTIFY -> refusedOpenApi(answer, readBeforeVerification ? edit.reqTimeRefusal() : reason);
            case NICEPAY -> refusedNicepay(answer, 400, "9002", path);
        }
    }

    @Test
    void openApiSignatureOverItsMaxLengthIsUnauthorized() {
        byte[] value = Documents.bytes(Documents.unbindValue());
        byte[] envelope = OpenApiEnvelope.compose(OpenApiEnvelope.REQUEST, value, "A".repeat(1025));
        refusedOpenApi(unbindRaw(envelope), "Unauthorized. signature");
        Dana.read(envelope); // the envelope itself is well-formed JSON: only the signature is wrong
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
