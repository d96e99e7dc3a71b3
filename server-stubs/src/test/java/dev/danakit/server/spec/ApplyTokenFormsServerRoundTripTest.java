package dev.danakit.server.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.danakit.server.spec.widget.model.ApplyTokenAuthorizationCodeRequest;
import dev.danakit.server.spec.widget.model.ApplyTokenRefreshTokenRequest;
import dev.danakit.server.spec.widget.model.ApplyTokenRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Apply Token's two request forms through the jaxrs-spec models (useOneOfInterfaces): DANA's flat JSON binds to
 * the form named by grantType, writes back the same JSON, and keeps its length constraints. The spec's oneOf
 * has no discriminator mapping (JSON Schema tools cannot read one), so the generated interface binds through a
 * mix-in that names each form by the grantType value its pattern pins.
 */
class ApplyTokenFormsServerRoundTripTest {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "grantType",
            visible = true)
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ApplyTokenAuthorizationCodeRequest.class, name = "AUTHORIZATION_CODE"),
            @JsonSubTypes.Type(value = ApplyTokenRefreshTokenRequest.class, name = "REFRESH_TOKEN")})
    interface ApplyTokenFormByGrantType {
    }

    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private final Validator validator = VALIDATION.getValidator();
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .addMixIn(ApplyTokenRequest.class, ApplyTokenFormByGrantType.class).build();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void authorizationCodeFormRoundTrips() throws Exception {
        String json = "{\"grantType\":\"AUTHORIZATION_CODE\",\"authCode\":\"aQ7mZ2kR9tW4yU1iO6pS3dF8gH5jK0lC\"}";

        ApplyTokenRequest request = mapper.readValue(json, ApplyTokenRequest.class);

        ApplyTokenAuthorizationCodeRequest form = assertInstanceOf(ApplyTokenAuthorizationCodeRequest.class, request);
        assertEquals("aQ7mZ2kR9tW4yU1iO6pS3dF8gH5jK0lC", form.getAuthCode());
        assertEquals(Set.of(), validator.validate(form));
        assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(request)));
    }

    @Test
    void refreshTokenFormRoundTrips() throws Exception {
        String json = "{\"grantType\":\"REFRESH_TOKEN\",\"refreshToken\":\"rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN\"}";

        ApplyTokenRequest request = mapper.readValue(json, ApplyTokenRequest.class);

        assertInstanceOf(ApplyTokenRefreshTokenRequest.class, request);
        JsonNode written = mapper.readTree(mapper.writeValueAsString(request));
        assertEquals(mapper.readTree(json), written);
    }

    @Test
    void anOverlongAuthCodeIsOneViolation() throws Exception {
        String json = "{\"grantType\":\"AUTHORIZATION_CODE\",\"authCode\":\"" + "a".repeat(257) + "\"}";

        Set<ConstraintViolation<ApplyTokenRequest>> violations =
                validator.validate(mapper.readValue(json, ApplyTokenRequest.class));

        assertEquals(1, violations.size());
        assertEquals("authCode", violations.iterator().next().getPropertyPath().toString());
    }
}
