/**
 * The customer's account-binding URLs: DANA's Get OAuth 2.0 page and the bindSnap deeplink, built locally (no call to
 * DANA), validated against the spec's {@code Oauth2UrlData} and percent-encoded as RFC 3986 says.
 */
package dev.danakit.client.binding;
