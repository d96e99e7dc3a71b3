package dev.danakit.sandbox.outcomes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outcome rules on their own: each documented input asks for exactly its code. */
class OutcomeRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT = "2024051300000000001";
    private final OutcomeRules rules = OutcomeRules.load(getClass().getClassLoader());

    @Test
    void everyInputOfTheTableAsksForItsCode() {
        List<String> wrong = new ArrayList<>();
        int walked = 0;
        for (OutcomeTable.Row row : OutcomeTable.rows(rules, getClass().getClassLoader())) {
            for (String input : row.inputs()) {
                if (input.startsWith("any valid request")) {
                    continue;
                }
                ObjectNode request = JSON.createObjectNode();
                if (input.startsWith("`POST /sandbox/outcomes`")) {
                    rules.arm(CLIENT, row.spec(), row.operationId(), row.code(), 1);
                } else {
                    String field = input.substring(1, input.indexOf('`', 1));
                    String value = input.contains(" starting ") ? input.substring(input.lastIndexOf('`', input.length() - 2) + 1,
                            input.length() - 1) + "-SBX" : between(input, "= `", "`");
                    if (field.endsWith(".value")) {
                        request.putObject(field.substring(0, field.length() - ".value".length()))
                                .put("value", value).put("currency", "IDR");
                    } else {
                        request.put(field, value);
                    }
                }
                walked++;
                Optional<OutcomeRules.Decision> decision = rules.decide(CLIENT, row.spec(), row.operationId(), request);
                if (decision.isEmpty() || !decision.get().code().code().equals(row.code())) {
                    wrong.add(row.spec() + " " + row.operationId() + " " + row.code() + " by " + input + " gave "
                            + decision.map(d -> d.code().code()).orElse("nothing"));
                }
            }
        }
        assertTrue(walked > 300, "walked only " + walked + " inputs");
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyCodeOfAnOperationWithAReferenceCanBeAskedForByReference() {
        List<String> missing = new ArrayList<>();
        for (OutcomeTable.Row row : OutcomeTable.rows(rules, getClass().getClassLoader())) {
            OutcomeCatalogue.Code code = rules.catalogue().find(row.spec(), row.operationId(), row.code()).orElseThrow();
            boolean hasReference = OutcomeTable.requestFields(getClass().getClassLoader(), row.spec(), row.operationId())
                    .stream().anyMatch(OutcomeRules.REFERENCE_FIELDS::contains);
            if (code.snap() && !code.success() && hasReference
                    && row.inputs().stream().noneMatch(i -> i.contains(" starting `" + row.code() + "`"))) {
                missing.add(row.spec() + " " + row.operationId() + " " + row.code());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void ordinaryRequestsAreLeftAlone() {
        JsonNode order = JSON.createObjectNode().put("partnerReferenceNo", "ORD-20240513-0001")
                .set("amount", JSON.createObjectNode().put("value", "10000.00").put("currency", "IDR"));
        assertEquals(Optional.empty(), rules.decide(CLIENT, "payment-gateway.yaml", "createOrder", order));
        // six digits that spell a code of another service code are an ordinary amount
        JsonNode refund = JSON.createObjectNode().put("partnerRefundNo", "RFD-1")
                .set("refundAmount", JSON.createObjectNode().put("value", "435415.00").put("currency", "IDR"));
        assertEquals(Optional.empty(), rules.decide(CLIENT, "payment-gateway.yaml", "refundOrder", refund));
    }

    @Test
    void danasUatAmountsAndReferencesGiveDanasAnswers() {
        JsonNode refund = JSON.createObjectNode().put("partnerRefundNo", "RFD-1")
                .set("refundAmount", JSON.createObjectNode().put("value", "435815.00").put("currency", "IDR"));
        assertEquals("4035815", rules.decide(CLIENT, "widget.yaml", "refundOrder", refund).orElseThrow().code().code());
        JsonNode cancel = JSON.createObjectNode().put("originalPartnerReferenceNo", "4035705");
        assertEquals("4035705", rules.decide(CLIENT, "payment-gateway.yaml", "cancelOrder", cancel).orElseThrow().code().code());
        JsonNode topUp = JSON.createObjectNode().put("customerNumber", "628996647679");
        assertEquals("4033805", rules.decide(CLIENT, "disbursement.yaml", "transferToDana", topUp).orElseThrow().code().code());
    }

    @Test
    void armingIsPerMerchantAndUsedUp() {
        rules.arm(CLIENT, "merchant-management.yaml", "createShop", "PROCESS_FAIL", 1);
        JsonNode body = JSON.createObjectNode();
        assertEquals(Optional.empty(), rules.decide("another-client", "merchant-management.yaml", "createShop", body));
        assertEquals("PROCESS_FAIL", rules.decide(CLIENT, "merchant-management.yaml", "createShop", body).orElseThrow().code().code());
        assertEquals(Optional.empty(), rules.decide(CLIENT, "merchant-management.yaml", "createShop", body));
    }

    @Test
    void onlyTheOperationsOwnNonSuccessCodesCanBeArmed() {
        IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                () -> rules.arm(CLIENT, "payment-gateway.yaml", "createOrder", "4035715x", 1));
        assertTrue(foreign.getMessage().contains("does not answer 4035715x"), foreign.getMessage());
        assertThrows(IllegalArgumentException.class, () -> rules.arm(CLIENT, "payment-gateway.yaml", "createOrder", "2005400", 1));
        assertFalse(rules.catalogue().codes("merchant-callbacks.yaml", "finishNotify").size() > 0,
                "callbacks are the merchant's to answer, not the sandbox's");
    }

    private static String between(String s, String start, String end) {
        int from = s.indexOf(start) + start.length();
        return s.substring(from, s.indexOf(end, from));
    }
}
