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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

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

    @Test
    void authorizationCodeFormRoundTrips() throws Exception {
        ApplyTokenAuthorizationCodeRequest form = new ApplyTokenAuthorizationCodeRequest()
                .grantType("AUTHORIZATION_CODE").authCode("aQ7mZ2kR9tW4yU1iO6pS3dF8gH5jK0lC");

        String json = mapper.writeValueAsString(new ApplyTokenRequest(form));

        JsonNode wire = mapper.readTree(json);
        assertEquals("AUTHORIZATION_CODE", wire.get("grantType").asText());
        assertEquals("aQ7mZ2kR9tW4yU1iO6pS3dF8gH5jK0lC", wire.get("authCode").asText());
        assertFalse(wire.has("refreshToken"), json);
        assertFalse(wire.has("actualInstance"), json);
        assertEquals(Set.of(), VALIDATION.getValidator().validate(form));
    }

    @Test
    void refreshTokenFormRoundTrips() throws Exception {
        ApplyTokenRefreshTokenRequest form = new ApplyTokenRefreshTokenRequest()
                .grantType("REFRESH_TOKEN").refreshToken("rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN");

        String json = mapper.writeValueAsString(new ApplyTokenRequest(form));

        JsonNode wire = mapper.readTree(json);
        assertEquals("REFRESH_TOKEN", wire.get("grantType").asText());
        assertFalse(wire.has("authCode"), json);
        assertEquals(Set.of(), VALIDATION.getValidator().validate(form));
    }

    @Test
    void aFormWithTheOtherFormsGrantTypeIsRefused() {
        ApplyTokenRefreshTokenRequest form = new ApplyTokenRefreshTokenRequest()
                .grantType("AUTHORIZATION_CODE").refreshToken("rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN");

        Set<ConstraintViolation<ApplyTokenRefreshTokenRequest>> violations = VALIDATION.getValidator().validate(form);

        assertEquals(1, violations.size(), violations::toString);
        assertEquals("grantType", violations.iterator().next().getPropertyPath().toString());
    }

    @AfterAll
    static void close() {
        VALIDATION.close();
    }
}
