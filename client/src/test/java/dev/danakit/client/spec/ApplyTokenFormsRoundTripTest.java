package dev.danakit.client.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.widget.invoker.JSON;
import dev.danakit.client.widget.model.ApplyTokenAuthorizationCodeRequest;
import dev.danakit.client.widget.model.ApplyTokenRefreshTokenRequest;
import dev.danakit.client.widget.model.ApplyTokenRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Apply Token's two request forms through the generated client's own mapper: each form goes out as DANA's flat
 * JSON (no wrapper member). The spec's oneOf has no discriminator mapping (so JSON Schema tools can read it):
 * each form pins its grantType with a pattern, which Bean Validation enforces before anything is sent.
 */
class ApplyTokenFormsRoundTripTest {

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private final ObjectMapper mapper = new JSON().getMapper();

    private static final String AUTH_CODE = "aQ7mZ2kR9tW4yU1iO6pS3dF8gH5jK0lC";
    private static final String REFRESH_TOKEN = "rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN";

    /** Each form: its grantType, the request, the credential it carries, and the other form's, which it must not. */
    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("AUTHORIZATION_CODE", new ApplyTokenRequest(new ApplyTokenAuthorizationCodeRequest()
                        .grantType("AUTHORIZATION_CODE").authCode(AUTH_CODE)), "authCode", AUTH_CODE, "refreshToken"),
                Arguments.of("REFRESH_TOKEN", new ApplyTokenRequest(new ApplyTokenRefreshTokenRequest()
                        .grantType("REFRESH_TOKEN").refreshToken(REFRESH_TOKEN)), "refreshToken", REFRESH_TOKEN,
                        "authCode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormRoundTripsAsFlatJson(String grantType, ApplyTokenRequest request, String credential, String value,
            String otherCredential) throws Exception {
        String json = mapper.writeValueAsString(request);

        JsonNode wire = mapper.readTree(json);
        assertEquals(grantType, wire.get("grantType").asText());
        assertEquals(value, wire.get(credential).asText());
        assertFalse(wire.has(otherCredential), json);
        assertFalse(wire.has("actualInstance"), json);
        assertEquals(Set.of(), VALIDATION.getValidator().validate(request.getActualInstance()));
    }

    @Test
    void aFormWithTheOtherFormsGrantTypeIsRefused() {
        ApplyTokenRefreshTokenRequest form = new ApplyTokenRefreshTokenRequest()
                .grantType("AUTHORIZATION_CODE").refreshToken(REFRESH_TOKEN);

        Set<ConstraintViolation<ApplyTokenRefreshTokenRequest>> violations = VALIDATION.getValidator().validate(form);

        assertEquals(1, violations.size(), violations::toString);
        assertEquals("grantType", violations.iterator().next().getPropertyPath().toString());
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }
}
