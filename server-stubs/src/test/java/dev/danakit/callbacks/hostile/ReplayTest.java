package dev.danakit.callbacks.hostile;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.callbacks.support.Dana;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A genuinely signed callback replayed (or pre-dated) outside the tolerance window of 5 minutes. */
class ReplayTest extends HostileInputTest {

    static Stream<Arguments> shifts() {
        return Stream.of(
                Arguments.of(Duration.ofMinutes(-6), "older than the tolerance window"),
                Arguments.of(Duration.ofDays(-7), "older than the tolerance window"),
                Arguments.of(Duration.ofMinutes(6), "further ahead than the tolerance window"));
    }

    @ParameterizedTest(name = "SNAP shifted {0}")
    @MethodSource("shifts")
    void snapOutsideTheWindow(Duration shift, String reason) {
        byte[] body = Documents.bytes(Documents.finish());
        refusedSnap(server.post(Dana.FINISH_PATH, Dana.finishHeaders(Dana.SIGNER, body, Dana.SIGNER.timestamp(shift)),
                body), "4015600", "Unauthorized. X-TIMESTAMP is " + reason);
    }

    @ParameterizedTest(name = "Open API shifted {0}")
    @MethodSource("shifts")
    void openApiOutsideTheWindow(Duration shift, String reason) {
        ObjectNode value = Documents.unbindValue();
        ((ObjectNode) value.get("head")).put("reqTime", Dana.SIGNER.timestamp(shift));
        refusedOpenApi(unbindSigned(value), "Unauthorized. reqTime is " + reason);
    }
}
