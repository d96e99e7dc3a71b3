package dev.danakit.protocol.refusals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.protocol.refusals.Refusal.Kind;
import dev.danakit.signing.SignatureVerificationException;
import dev.danakit.signing.SignatureVerificationException.Reason;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    /** What a web layer passes: here a stand-in for JAX-RS's {@code @HeaderParam}. */
    private static final ParameterNames HEADERS = p -> p.isAnnotationPresent(Header.class)
            ? p.getAnnotation(Header.class).value() : null;

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.PARAMETER)
    @interface Header {
        String value();
    }

    /** A list element of a request body (generated models put these constraints on getters; fields are alike). */
    public static final class Item {
        @NotNull
        @Size(max = 3)
        public String name;

        static Item named(String name) {
            Item item = new Item();
            item.name = name;
            return item;
        }
    }

    /** A request body with a nested list. */
    public static final class Body {
        @NotNull
        public String reference;
        @NotBlank
        public String note;
        @Valid
        public List<Item> items = List.of();

        static Body of(String reference, String note, Item... items) {
            Body body = new Body();
            body.reference = reference;
            body.note = note;
            body.items = List.of(items);
            return body;
        }
    }

    /** A generated resource interface, in miniature: the header names live here. */
    public interface Resource {
        void call(@Header("X-PARTNER-ID") @NotNull @Size(max = 36) String partnerId, @Valid @NotNull Body body);
    }

    /** The merchant's implementation: no annotations of its own. */
    public static final class Implementation implements Resource {
        @Override
        public void call(String partnerId, Body body) {
        }
    }

    @Test
    void aMissingFieldIsNamedBeforeAMalformedOneAndByItsJsonPath() {
        Body body = Body.of("ref", "note", Item.named("ok"), Item.named("toolong"));
        assertRefusal(Kind.INVALID_FIELD_FORMAT, "items[1].name", violations(body));
        Body missing = Body.of(null, "note", Item.named("toolong"));
        assertRefusal(Kind.INVALID_MANDATORY_FIELD, "reference", violations(missing));
        Body blank = Body.of("ref", " ", Item.named("toolong"));
        assertRefusal(Kind.INVALID_MANDATORY_FIELD, "note", violations(blank));
        Body several = Body.of(null, null);
        assertRefusal(Kind.INVALID_MANDATORY_FIELD, "note", violations(several)); // in name order
    }

    @Test
    void headersAreNamedAsSentFromTheInterfaceThatDeclaresThem() throws NoSuchMethodException {
        Method call = Implementation.class.getMethod("call", String.class, Body.class);
        Implementation resource = new Implementation();
        var tooLong = VALIDATOR.forExecutables().validateParameters(resource, call,
                new Object[] {"p".repeat(37), Body.of("r", "n")});
        assertRefusal(Kind.INVALID_FIELD_FORMAT, "X-PARTNER-ID", new ConstraintViolationException(tooLong));
        var missing = VALIDATOR.forExecutables().validateParameters(resource, call,
                new Object[] {null, Body.of("r", "n")});
        assertRefusal(Kind.INVALID_MANDATORY_FIELD, "X-PARTNER-ID", new ConstraintViolationException(missing));
        var missingBody = VALIDATOR.forExecutables().validateParameters(resource, call, new Object[] {"p", null});
        assertRefusal(Kind.INVALID_MANDATORY_FIELD, FieldViolation.WHOLE_BODY,
                new ConstraintViolationException(missingBody));
        Refusal unnamed = Refusals.of(new ConstraintViolationException(tooLong), 0, ParameterNames.NONE);
        assertEquals(FieldViolation.WHOLE_BODY, unnamed.detail(), "without names a header is not guessed");
    }

    @Test
    void jsonFailuresNeverQuoteTheInput() {
        ObjectMapper mapper = new ObjectMapper();
        IOException syntax = assertThrows(IOException.class, () -> mapper.readTree("{\"secret\":"));
        assertRefusal(Kind.BAD_REQUEST, "body is not well-formed JSON", syntax);
        IOException type = assertThrows(IOException.class,
                () -> mapper.readValue("{\"items\":[{\"count\":\"x\"}]}", Counted.class));
        assertRefusal(Kind.INVALID_FIELD_FORMAT, "items[0].count", type);
        assertRefusal(Kind.BAD_REQUEST, "body is not well-formed JSON",
                new UncheckedIOException(syntax)); // found as a cause too
    }

    /** A model with a number inside a list. */
    public static final class Counted {
        public List<Count> items;
    }

    /** One element. */
    public static final class Count {
        public int count;
    }

    @Test
    void signatureFailures() {
        assertRefusal(Kind.UNAUTHORIZED, "X-SIGNATURE does not match the signed content",
                new SignatureVerificationException(Reason.BAD_SIGNATURE, "X-SIGNATURE"));
        assertRefusal(Kind.BAD_REQUEST, "body is not well-formed JSON",
                new SignatureVerificationException(Reason.BODY_NOT_JSON));
        assertRefusal(Kind.BAD_REQUEST, "envelope has no request object",
                new SignatureVerificationException(Reason.MISSING_SIGNED_VALUE, "request"));
    }

    @Test
    void theWebLayersStatusDecidesTheRest() {
        assertRefusal(Kind.METHOD_NOT_ALLOWED, null, new IllegalStateException(), 405);
        assertRefusal(Kind.BAD_REQUEST, Refusals.NOT_JSON_CONTENT_TYPE, new IllegalStateException(), 415);
        assertRefusal(Kind.BAD_REQUEST, null, new IllegalStateException(), 404);
        assertRefusal(Kind.NOT_PROCESSED, null, new IllegalStateException(), 503);
        assertRefusal(Kind.NOT_PROCESSED, null, new IllegalStateException(), 0);
        assertRefusal(Kind.BAD_REQUEST, Refusals.NOT_UTF8, new RuntimeException(new CharConversionException()), 0);
        Refusal given = new Refusal(Kind.INVALID_MERCHANT_TOKEN, "merchantToken");
        assertEquals(given, Refusals.of(given, 500, HEADERS));
    }

    @Test
    void codedRefusalsCarryDanasCode() {
        Refusal snap = Refusal.snap(404, "01", "Transaction Not Found");
        assertEquals(Kind.CODED, snap.kind());
        assertEquals("01", snap.code().orElseThrow().code());
        assertEquals("Transaction Not Found", snap.detail());
        assertTrue(new Refusal(Kind.BAD_REQUEST, null).code().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new Refusal(Kind.CODED, "no code"));
        assertEquals(0, snap.getStackTrace().length, "no stack trace is captured");
    }

    private static ConstraintViolationException violations(Body body) {
        return new ConstraintViolationException(VALIDATOR.validate(body));
    }

    private static void assertRefusal(Kind kind, String detail, Throwable failure) {
        assertRefusal(kind, detail, failure, 0);
    }

    private static void assertRefusal(Kind kind, String detail, Throwable failure, int status) {
        Refusal refusal = Refusals.of(failure, status, HEADERS);
        assertEquals(kind, refusal.kind(), refusal::toString);
        assertEquals(detail, refusal.detail());
    }
}
