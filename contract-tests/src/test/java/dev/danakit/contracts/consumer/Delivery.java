package dev.danakit.contracts.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.danakit.callbacks.binding.StrictFields;
import dev.danakit.contracts.spec.SpecMatchers;
import dev.danakit.contracts.spec.SpecMatchers.BoundedField;
import dev.danakit.contracts.spec.SpecOperation;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The four deliveries every callback contract pins: accepted, a field over its maxLength, a mandatory field
 * missing, a signature that does not verify. The field is chosen from the spec (the first length-bounded
 * field of the example, business fields before the envelope head), never named in a test.
 */
public enum Delivery {
    /** The spec's example, signed by the sender. */
    ACCEPTED(States.SIGNED, null),
    /** One field one character over its maxLength. */
    FIELD_TOO_LONG(States.SIGNED, "Invalid Field Format"),
    /** One required field missing. */
    MANDATORY_FIELD_MISSING(States.SIGNED, "Invalid Mandatory Field"),
    /** The signature (NICEPAY: merchantToken) does not verify. */
    BAD_SIGNATURE(States.BADLY_SIGNED, "Unauthorized.");

    /** The provider states: they tell the verifier, which signs at send time, how to sign. */
    public static final class States {
        /** The verifier signs the delivery correctly. */
        public static final String SIGNED = "the notification is signed by its sender";
        /** The verifier signs the delivery, then corrupts the signature. */
        public static final String BADLY_SIGNED = "the notification's signature does not verify";

        private States() {
        }
    }

    private final String state;
    private final String snapMessage;

    Delivery(String state, String snapMessage) {
        this.state = state;
        this.snapMessage = snapMessage;
    }

    /**
     * @param op a callback
     * @return consumer and provider of its pact: DANA's callbacks, or NICEPAY's for the NICEPAY notification
     */
    public static String[] parties(SpecOperation op) {
        return "nicepay".equals(op.style())
                ? new String[] {"nicepay", "merchant-nicepay-callbacks"}
                : new String[] {"dana", "merchant-callbacks"};
    }

    /**
     * @param op a callback
     * @return consumer and provider of the pact this delivery goes into. A delivery whose request breaks the
     *     spec on purpose but is answered with HTTP 200 (Open API: {@code F 00000004 PARAM_ILLEGAL}) goes to a
     *     pact of its own, {@code dana-malformed-merchant-callbacks.json}: contract tools such as
     *     swagger-mock-validator read a request answered 4xx as a negative case, but one answered 2xx as a
     *     request that must match the spec. Same provider, so a provider verification reads both files.
     */
    public String[] partiesOf(SpecOperation op) {
        String[] parties = parties(op);
        boolean breaksTheSpec = this == FIELD_TOO_LONG || this == MANDATORY_FIELD_MISSING;
        return breaksTheSpec && "open-api".equals(op.style())
                ? new String[] {parties[0] + "-malformed", parties[1]}
                : parties;
    }

    /** @return the provider state that tells the verifier how to sign */
    public String state() {
        return state;
    }

    /** @return the start of DANA's message for this case ({@code Invalid Field Format <field>}), or null */
    public String messagePrefix() {
        return snapMessage;
    }

    /**
     * @param op a callback
     * @param example its request example
     * @return the field this delivery breaks, if it breaks one
     */
    public Optional<BoundedField> field(SpecOperation op, JsonNode example) {
        // a negative delivery breaks a field the receiver keeps strict (identity, money, envelope head): any
        // other field of a verified notification is delivered with a deviation, not refused (README)
        StrictFields strict = StrictFields.ofCallback(op.id());
        List<BoundedField> fields = SpecMatchers.boundedStrings(op.requestSchema(), example).stream()
                .filter(f -> strict.covers(f.path()) && !f.path().equals(OpenApiEnvelope.SIGNATURE))
                .sorted(Comparator.comparing(f -> f.path().startsWith("request.head.")))
                .toList();
        return switch (this) {
            case FIELD_TOO_LONG -> fields.stream().filter(f -> f.schema().getPattern() == null && f.schema().getEnum() == null)
                    .findFirst();
            case MANDATORY_FIELD_MISSING -> fields.stream().filter(BoundedField::required).findFirst();
            default -> Optional.empty();
        };
    }
}
