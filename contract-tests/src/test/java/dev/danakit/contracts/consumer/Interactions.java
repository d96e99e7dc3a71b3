package dev.danakit.contracts.consumer;

import au.com.dius.pact.consumer.ConsumerPactBuilder;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.matchingrules.RegexMatcher;
import dev.danakit.contracts.spec.SpecMatchers;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds one-interaction Pact V4 pacts from spec data: the request's headers and body, and one answer.
 * Each interaction gets its own mock server, because interactions that differ only by provider state
 * share the same request.
 */
final class Interactions {

    private Interactions() {
    }

    /**
     * The parts of one interaction.
     *
     * @param consumer consumer name
     * @param provider provider name
     * @param state provider state
     * @param description interaction description (unique within the pact)
     * @param method HTTP method
     * @param path request path
     * @param headers request headers in the contract, each with its spec rules
     * @param requestBody request body
     * @param status answer status
     * @param responseBody answer body
     */
    record Spec(String consumer, String provider, String state, String description, String method, String path,
            List<Parameter> headers, Map<String, String> headerValues, DslPart requestBody, int status,
            DslPart responseBody) {
    }

    static V4Pact pact(Spec s) {
        PactDslRequestWithPath request = ConsumerPactBuilder.consumer(s.consumer()).hasPactWith(s.provider())
                .given(s.state())
                .uponReceiving(s.description())
                .method(s.method())
                .path(s.path());
        List<String[]> extraHeaderRules = new ArrayList<>();
        for (Parameter header : s.headers()) {
            List<String> regexes = SpecMatchers.headerRegexes(header);
            String value = s.headerValues().getOrDefault(header.getName(), SpecMatchers.headerExample(header));
            request = request.matchHeader(header.getName(), regexes.get(0), value);
            regexes.subList(1, regexes.size()).forEach(r -> extraHeaderRules.add(new String[] {header.getName(), r, value}));
        }
        V4Pact pact = request.matchHeader("Content-Type", "^application/json.*$", "application/json")
                .body(s.requestBody())
                .willRespondWith()
                .status(s.status())
                .matchHeader("Content-Type", "^application/json.*$", "application/json")
                .body(s.responseBody())
                .toPact(V4Pact.class);
        // the DSL takes one rule per header; a pattern (timestamp, base64) is a second rule, ANDed by Pact
        V4Interaction.SynchronousHttp interaction = (V4Interaction.SynchronousHttp) pact.getInteractions().get(0);
        for (String[] rule : extraHeaderRules) {
            interaction.getRequest().getMatchingRules().addCategory("header")
                    .addRule(rule[0], new RegexMatcher(rule[1], rule[2]));
        }
        return pact;
    }
}
