package dev.danakit.sandbox.http;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.danakit.sandbox.generated.widget.model.ApplyTokenAuthorizationCodeRequest;
import dev.danakit.sandbox.generated.widget.model.ApplyTokenRefreshTokenRequest;

/**
 * Jackson mix-in for the spec's {@code ApplyTokenRequest}, a plain oneOf (no discriminator mapping, so that
 * JSON Schema tools can read it) which the generator leaves as an empty interface. As the spec's forms pin it,
 * the value of {@code grantType} names the form; an unknown value is refused like any other malformed body.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "grantType",
        visible = true)
@JsonSubTypes({
        @JsonSubTypes.Type(value = ApplyTokenAuthorizationCodeRequest.class, name = "AUTHORIZATION_CODE"),
        @JsonSubTypes.Type(value = ApplyTokenRefreshTokenRequest.class, name = "REFRESH_TOKEN")})
abstract class ApplyTokenForms {
}
