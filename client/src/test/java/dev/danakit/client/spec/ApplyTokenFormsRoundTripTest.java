package dev.danakit.client.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.danakit.client.widget.invoker.JSON;
import dev.danakit.client.widget.model.ApplyTokenAuthorizationCodeRequest;
import dev.danakit.client.widget.model.ApplyTokenRefreshTokenRequest;
import dev.danakit.client.widget.model.ApplyTokenRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Apply Token's two request forms through the generated client's own mapper: each form goes out as DANA's flat
 * JSON (no wrapper member) and comes back as the same form, chosen by grantType.
 */
class ApplyTokenFormsRoundTripTest {

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
        ApplyTokenRequest back = mapper.readValue(json, ApplyTokenRequest.class);
        assertEquals(form, assertInstanceOf(ApplyTokenAuthorizationCodeRequest.class, back.getActualInstance()));
    }

    @Test
    void refreshTokenFormRoundTrips() throws Exception {
        ApplyTokenRefreshTokenRequest form = new ApplyTokenRefreshTokenRequest()
                .grantType("REFRESH_TOKEN").refreshToken("rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN");

        String json = mapper.writeValueAsString(new ApplyTokenRequest(form));

        JsonNode wire = mapper.readTree(json);
        assertEquals("REFRESH_TOKEN", wire.get("grantType").asText());
        assertFalse(wire.has("authCode"), json);
        ApplyTokenRequest back = mapper.readValue(json, ApplyTokenRequest.class);
        assertEquals(form, assertInstanceOf(ApplyTokenRefreshTokenRequest.class, back.getActualInstance()));
    }

    @Test
    void formIsChosenByGrantTypeEvenWhenBothTokensArePresent() throws Exception {
        String json = "{\"grantType\":\"REFRESH_TOKEN\",\"authCode\":\"a1\",\"refreshToken\":\"r1\"}";

        ApplyTokenRequest back = mapper.readValue(json, ApplyTokenRequest.class);

        assertEquals("r1", assertInstanceOf(ApplyTokenRefreshTokenRequest.class, back.getActualInstance()).getRefreshToken());
    }
}
