package dev.danakit.callbacks.hostile;

import dev.danakit.callbacks.support.CallbackServer.Answer;
import dev.danakit.callbacks.support.Dana;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Finish Notify's SNAP headers missing, oversized, malformed or given twice (the body is valid and signed). */
class HeaderTest extends HostileInputTest {

    static Stream<Arguments> missing() {
        return Stream.of(
                Arguments.of("X-TIMESTAMP", "4015600", "Unauthorized. X-TIMESTAMP header is missing"),
                Arguments.of("X-SIGNATURE", "4015600", "Unauthorized. X-SIGNATURE header is missing"),
                Arguments.of("X-PARTNER-ID", "4005602", "Invalid Mandatory Field X-PARTNER-ID"),
                Arguments.of("X-EXTERNAL-ID", "4005602", "Invalid Mandatory Field X-EXTERNAL-ID"),
                Arguments.of("CHANNEL-ID", "4005602", "Invalid Mandatory Field CHANNEL-ID"));
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("missing")
    void missingHeader(String header, String code, String message) {
        byte[] body = Documents.bytes(Documents.finish());
        Map<String, String> headers = Dana.finishHeaders(body);
        headers.remove(header);
        refusedSnap(server.post(Dana.FINISH_PATH, headers, body), code, message);
    }

    static Stream<Arguments> empty() {
        return Stream.of("X-PARTNER-ID", "X-EXTERNAL-ID", "CHANNEL-ID").flatMap(h -> Stream.of(
                Arguments.of(h, ""), Arguments.of(h, "   ")));
    }

    /** An empty mandatory header is a missing one (xx02), not a malformed one. */
    @ParameterizedTest(name = "{0}: ''{1}''")
    @MethodSource("empty")
    void emptyHeaderIsAMissingMandatoryField(String header, String value) {
        byte[] body = Documents.bytes(Documents.finish());
        Map<String, String> headers = Dana.finishHeaders(body);
        headers.put(header, value);
        refusedSnap(server.post(Dana.FINISH_PATH, headers, body), "4005602", "Invalid Mandatory Field " + header);
    }

    static Stream<Arguments> oversized() {
        return Stream.of(
                Arguments.of("X-TIMESTAMP", 100, "Invalid Field Format X-TIMESTAMP"),
                Arguments.of("X-SIGNATURE", 5000, "Invalid Field Format X-SIGNATURE"),
                Arguments.of("X-PARTNER-ID", 37, "Invalid Field Format X-PARTNER-ID"),
                Arguments.of("X-EXTERNAL-ID", 37, "Invalid Field Format X-EXTERNAL-ID"),
                Arguments.of("CHANNEL-ID", 65, "Invalid Field Format CHANNEL-ID"), // DANA's SDKs send <partnerId>-SERVER
                Arguments.of("X-PARTNER-ID", 4000, "Invalid Field Format X-PARTNER-ID"));
    }

    @ParameterizedTest(name = "{0} of {1} characters")
    @MethodSource("oversized")
    void oversizedHeader(String header, int length, String message) {
        byte[] body = Documents.bytes(Documents.finish());
        Map<String, String> headers = Dana.finishHeaders(body);
        headers.put(header, "1".repeat(length));
        refusedSnap(server.post(Dana.FINISH_PATH, headers, body), "4005601", message);
    }

    static Stream<Arguments> duplicated() {
        return Stream.of("X-TIMESTAMP", "X-SIGNATURE", "X-PARTNER-ID", "X-EXTERNAL-ID", "CHANNEL-ID")
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0} twice")
    @MethodSource("duplicated")
    void duplicatedHeader(String header) {
        byte[] body = Documents.bytes(Documents.finish());
        Map<String, String> headers = Dana.finishHeaders(body);
        HttpRequest.Builder request = server.request(Dana.FINISH_PATH).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        request.header(header, headers.get(header)); // the same value again: still ambiguous, still refused
        Answer answer = server.send(request.build());
        refusedSnap(answer, "4005601", "Invalid Field Format " + header);
    }

    static Stream<Arguments> malformedTimestamps() {
        return Stream.of("2026-11-21 12:00:00+07:00", "2026-11-21T12:00:00+00:00", "2026-02-30T12:00:00+07:00",
                "1763701200").map(Arguments::of);
    }

    @ParameterizedTest(name = "X-TIMESTAMP {0}")
    @MethodSource("malformedTimestamps")
    void malformedTimestampIsUnauthorized(String timestamp) {
        byte[] body = Documents.bytes(Documents.finish());
        Map<String, String> headers = Dana.finishHeaders(Dana.SIGNER, body, timestamp);
        refusedSnap(server.post(Dana.FINISH_PATH, headers, body), "4015600",
                "Unauthorized. X-TIMESTAMP is not in the form");
    }
}
