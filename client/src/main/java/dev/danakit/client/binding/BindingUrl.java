package dev.danakit.client.binding;

import java.net.URI;

/**
 * A built binding URL and the values the merchant keeps to check DANA's redirect back.
 *
 * @param uri where to send the customer (browser or DANA app)
 * @param state the value DANA returns unchanged beside the authCode: compare it before Apply Token
 * @param externalId the merchant's id of this binding request
 */
public record BindingUrl(URI uri, String state, String externalId) {

    @Override
    public String toString() {
        return uri.toString();
    }
}
