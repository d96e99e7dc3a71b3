package dev.danakit.protocol.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the generated table to the specs themselves (read here with a YAML parser, independently of the generator)
 * and to dana-api's reviewed list of operations, so no spec, operation or extension can go missing or drift.
 */
class OperationTableTest {

    private static final Path SPEC_DIR = Path.of("..", "api", "src", "main", "resources", "openapi");
    private static final YAMLMapper YAML = new YAMLMapper();

    private final OperationTable table = OperationTable.dana();

    /** Each row against its spec, looked up at its path and method: every fact as the spec writes it. */
    @Test
    void everyRowSaysWhatItsSpecSays() throws IOException {
        Map<String, JsonNode> specs = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (DanaOperation row : table.operations()) {
            JsonNode spec = specs.computeIfAbsent(row.spec(), OperationTableTest::readSpec);
            JsonNode op = spec.path("paths").path(row.path()).path(row.method().toLowerCase(Locale.ROOT));
            String inSpec = String.join(" ", op.path("operationId").asText(), op.path("x-dana-style").asText(),
                    text(op.get("x-dana-service-code")), text(op.get("x-dana-function")),
                    schemaName(op.path("requestBody")), schemaName(op.path("responses").path("200")));
            String inTable = String.join(" ", row.operationId(), row.style().specValue(), orDash(row.serviceCode()),
                    orDash(row.function()), orDash(row.requestType()), orDash(row.responseType()));
            if (!inSpec.equals(inTable)) {
                problems.add(row.spec() + " " + row.method() + " " + row.path() + ": spec " + inSpec + ", table " + inTable);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theTableMatchesTheReviewedListOfOperationsInDanaApi() throws IOException {
        Map<String, String> expected = new TreeMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("expected-operations.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    expected.put(f[0] + " " + f[1], String.join(" ", f[2], f[3], f[4], f[5].trim()));
                }
            }
        }
        Map<String, String> actual = new TreeMap<>();
        for (DanaOperation op : table.operations()) {
            String code = op.style() == OperationStyle.OPEN_API ? op.function() : orDash(op.serviceCode());
            actual.put(op.spec() + " " + op.operationId(), String.join(" ", op.method(), op.path(),
                    op.style().specValue(), code));
        }
        assertEquals(expected, actual);
        assertEquals(specFiles().stream().map(p -> p.getFileName().toString()).sorted().toList(),
                table.specs().stream().sorted().toList());
    }

    @Test
    void serviceCodesStayTwoDigitTexts() {
        assertEquals("09", table.operation("widget.yaml", "accountUnbinding").serviceCode());
        assertEquals("00", table.operation("disbursement.yaml", "transferToBankInquiryStatus").serviceCode());
        IllegalArgumentException unquoted = assertThrows(IllegalArgumentException.class,
                () -> DanaOperation.fromSpec("widget.yaml", "accountUnbinding", "POST", "/x", "snap-b2b2c", "9", null,
                        null, null));
        assertTrue(unquoted.getMessage().contains("two digits"), unquoted.getMessage());
    }

    @Test
    void eachStyleGetsWhatItNeeds() {
        assertThrows(IllegalArgumentException.class,
                () -> DanaOperation.fromSpec("s.yaml", "op", "POST", "/x", "snap-b2b", null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> DanaOperation.fromSpec("s.yaml", "op", "POST", "/x", "open-api", null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> DanaOperation.fromSpec("s.yaml", "op", "POST", "/x", "snap-b3b", "54", null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> DanaOperation.fromSpec("s.yaml", "op", "POST", "/x", null, "54", null, null, null));
        DanaOperation nicepay = DanaOperation.fromSpec("s.yaml", "op", "POST", "/x", "nicepay", null, null, null, null);
        assertEquals(AnswerFormat.NICEPAY, nicepay.answerFormat());
        assertFalse(nicepay.isSnap());
    }

    @Test
    void callbacksCarryTheirServiceCodesAndFunction() {
        DanaOperation finish = table.operation("merchant-callbacks.yaml", "finishNotify");
        assertEquals("/dana/callbacks/finish-notify", finish.path());
        assertEquals(OperationStyle.SNAP_B2B, finish.style());
        assertEquals("56", finish.serviceCode());
        assertEquals("FinishNotifyRequest", finish.requestType());
        assertEquals("FinishNotifyResponse", finish.responseType());
        DanaOperation unbind = table.operation("merchant-callbacks.yaml", "unbindNotify");
        assertEquals(AnswerFormat.OPEN_API, unbind.answerFormat());
        assertEquals("65", unbind.serviceCode());
        assertEquals("dana.oauth.unbind.notify", unbind.function());
        assertEquals(AnswerFormat.NICEPAY,
                table.operation("nicepay-payloan.yaml", "tokenDeactivatedNotify").answerFormat());
    }

    @Test
    void lookupsByPathAndBySpec() {
        assertEquals("applyOtt", table.byPath("/rest/v1.1/qr/apply-ott").orElseThrow().operationId());
        assertTrue(table.byPath("/rest/v1.1/qr/apply-ott/").isEmpty());
        assertEquals("applyOtt", table.byRequestPath("/sandbox-prefix/rest/v1.1/qr/apply-ott").orElseThrow()
                .operationId());
        DanaOperation cancel = table.byRequestPath("/payment-gateway/v1.0/debit/cancel.htm").orElseThrow();
        assertEquals("payment-gateway.yaml", cancel.spec(), "the longest path wins over a shorter suffix");
        assertTrue(table.byRequestPath("/nothing/here").isEmpty());

        OperationTable widget = table.specs("widget.yaml");
        assertEquals(List.of("widget.yaml"), widget.specs());
        assertEquals("queryPayment", widget.find("widget.yaml", "queryPayment").orElseThrow().operationId());
        assertTrue(widget.find("payment-gateway.yaml", "queryPayment").isEmpty());
        assertThrows(NoSuchElementException.class, () -> table.operation("widget.yaml", "noSuchOperation"));
    }

    @Test
    void onePathOneOperation() {
        DanaOperation a = DanaOperation.fromSpec("a.yaml", "a", "POST", "/same", "nicepay", null, null, null, null);
        DanaOperation b = DanaOperation.fromSpec("b.yaml", "b", "POST", "/same", "nicepay", null, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> OperationTable.of(List.of(a, b)));
    }

    private static List<Path> specFiles() throws IOException {
        try (Stream<Path> files = Files.list(SPEC_DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** The schema a request body or response points to: the last segment of its JSON $ref. */
    private static String schemaName(JsonNode bodyOrResponse) {
        String ref = bodyOrResponse.path("content").path("application/json").path("schema").path("$ref").asText("");
        return ref.isEmpty() ? "-" : ref.substring(ref.lastIndexOf('/') + 1);
    }

    private static JsonNode readSpec(String file) {
        try {
            return YAML.readTree(SPEC_DIR.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scalar as the YAML parser typed it: an unquoted 09 would not be text, and must show as a difference. */
    private static String text(JsonNode value) {
        return value == null ? "-" : value.isTextual() ? value.textValue() : "number:" + value.asText();
    }

    private static String orDash(String value) {
        return value == null ? "-" : value;
    }
}
