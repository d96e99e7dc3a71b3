package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every string one character over its maxLength, one field at a time, in otherwise valid and signed callbacks. */
class MaxLengthTest extends HostileInputTest {

    static Stream<Arguments> cases() {
        return ModelCases.fields(f -> f.string() && f.maxLength() > 0 && f.maxLength() < Integer.MAX_VALUE);
    }

    @ParameterizedTest(name = "{0}: {1} over {2}")
    @MethodSource("cases")
    void tooLongIsAnInvalidFieldFormat(Callback callback, String path, int maxLength) {
        Answer answer = ModelCases.sendEdited(this, callback, path, TextNode.valueOf("1".repeat(maxLength + 1)));
        if (!strict(callback, path)) {
            deliveredWithDeviation(callback, answer, path);
            return;
        }
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(answer, "4005601", "Invalid Field Format " + path);
            case UNBIND_NOTIFY -> refusedOpenApi(answer, ModelCases.OPEN_API_VERIFIED.contains(path)
                    ? "Unauthorized. reqTime is not in the form" : "Invalid Field Format " + path);
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
}
