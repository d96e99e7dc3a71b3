package dev.danakit.sandbox.http;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.danakit.sandbox.generated.payment.model.CreateOrderByApiRequest;
import dev.danakit.sandbox.generated.payment.model.CreateOrderByRedirectRequest;

/**
 * Jackson mix-in for the spec's discriminator-less {@code CreateOrderRequest} oneOf, which the generator
 * leaves as an empty interface. As the spec says, the form is told by the presence of
 * {@code payOptionDetails}: only "by API" has it, so a body without it is "by redirect".
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.DEDUCTION, defaultImpl = CreateOrderByRedirectRequest.class)
@JsonSubTypes({@JsonSubTypes.Type(CreateOrderByApiRequest.class), @JsonSubTypes.Type(CreateOrderByRedirectRequest.class)})
abstract class CreateOrderForms {
}
