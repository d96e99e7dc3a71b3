package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.callbacks.hostile.HostileInputTest.Callback;
import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.server.callbacks.model.FinishNotifyRequest;
import dev.danakit.server.callbacks.model.UnbindNotifyRequestValue;
import dev.danakit.server.nicepay.model.TokenDeactivatedNotification;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Field-by-field cases for the three callbacks, derived from the generated models. */
final class ModelCases {

    private ModelCases() {
    }

    /**
     * @param which selects the fields
     * @return (callback, field path) for each selected field of each callback's model
     */
    static Stream<Arguments> fields(Predicate<ModelFields.Field> which) {
        return Stream.of(
                ModelFields.of(FinishNotifyRequest.class, "").stream().filter(which)
                        .map(f -> Arguments.of(Callback.FINISH_NOTIFY, f.path(), f.maxLength())),
                ModelFields.of(UnbindNotifyRequestValue.class, "request.").stream().filter(which)
                        .map(f -> Arguments.of(Callback.UNBIND_NOTIFY, f.path(), f.maxLength())),
                ModelFields.of(TokenDeactivatedNotification.class, "").stream().filter(which)
                        .map(f -> Arguments.of(Callback.NICEPAY, f.path(), f.maxLength())))
                .flatMap(s -> s);
    }

    /**
     * Sends a valid callback with one field replaced (or removed when {@code value} is {@code null}); signed
     * by DANA over the edited bytes where the callback is signed.
     */
    static Answer sendEdited(HostileInputTest test, Callback callback, String path, JsonNode value) {
        switch (callback) {
            case FINISH_NOTIFY -> {
                return test.finishSigned(edit(Documents.finish(), path, value));
            }
            case UNBIND_NOTIFY -> {
                String inValue = path.substring("request.".length());
                return test.unbindSigned(edit(Documents.unbindValue(), inValue, value));
            }
            default -> {
                return test.nicepay(edit(Documents.nicepay(), path, value));
            }
        }
    }

    private static ObjectNode edit(ObjectNode doc, String path, JsonNode value) {
        return value == null ? Documents.remove(doc, path) : Documents.set(doc, path, value);
    }

    /** The last name of a path, e.g. {@code payMethod} of {@code a.b[0].payMethod}. */
    static String leaf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    static final List<String> OPEN_API_VERIFIED = List.of("request.head.reqTime");
}
