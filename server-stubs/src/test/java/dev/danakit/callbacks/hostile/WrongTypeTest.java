package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.databind.node.IntNode;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A number where every string belongs, one field at a time, in otherwise valid and signed callbacks. */
class WrongTypeTest extends HostileInputTest {

    static Stream<Arguments> cases() {
        return ModelCases.fields(ModelFields.Field::string);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void numberInAStringFieldIsAnInvalidFieldFormat(Callback callback, String path, int maxLength) {
        Answer answer = ModelCases.sendEdited(this, callback, path, IntNode.valueOf(12345));
        if (!strict(callback, path)) {
            deliveredWithDeviation(callback, answer, path);
            return;
        }
        switch (callback) {
            case FINISH_NOTIFY -> refusedSnap(answer, "4005601", "Invalid Field Format " + path);
            case UNBIND_NOTIFY -> refusedOpenApi(answer, ModelCases.OPEN_API_VERIFIED.contains(path)
                    ? "Unauthorized. envelope head has no reqTime" : "Invalid Field Format " + path);
            case NICEPAY -> refusedNicepay(answer, 400, "9002", path);
        }
    }
}
