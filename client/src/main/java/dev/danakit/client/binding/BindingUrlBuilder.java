package dev.danakit.client.binding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.danakit.client.DanaClientConfig;
import dev.danakit.client.DanaEnvironment;
import dev.danakit.client.widget.model.Oauth2UrlData;
import dev.danakit.client.widget.model.Oauth2UrlDataSeamlessData;
import dev.danakit.signing.openapi.OpenApiEnvelope;
import dev.danakit.signing.snap.SnapTimestamp;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Builds the URL that starts a customer's account binding: DANA's Get OAuth 2.0 page ({@code /v1.0/get-auth-code},
 * opened in a browser) or the bindSnap deeplink (opened in the DANA app). After the customer agrees, DANA redirects
 * to {@code redirectUrl?authCode=...&state=...}; check the state, then exchange the authCode with Apply Token.
 * <pre>{@code
 * BindingUrl url = dana.bindingUrl().redirectUrl("https://merchant.example/dana/bound")
 *         .scopes("CASHIER", "QUERY_BALANCE").seamlessData(SeamlessData.mobileNumber("6281234567890")).build();
 * session.put("danaState", url.state());
 * response.sendRedirect(url.toString());
 * }</pre>
 * Every value is checked against widget.yaml's {@code Oauth2UrlData} before anything is built; a violation throws
 * {@link IllegalArgumentException} naming the fields. Not thread-safe; one builder per URL.
 */
public final class BindingUrlBuilder {

    /** The page to open. */
    public enum Page {
        /** Get OAuth 2.0 URL: DANA's web page in the customer's browser. */
        OAUTH,
        /** Deeplink Binding (bindSnap): the agreement page in the DANA app. */
        DEEPLINK
    }

    /** DANA publishes 512 characters for the seamlessData JSON text. */
    static final int SEAMLESS_DATA_MAX = 512;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI danaBaseUrl;
    private final String partnerId;
    private final String channelId;
    private final PrivateKey merchantKey;
    private final Clock clock;
    private final Validator validator;
    private Page page = Page.OAUTH;
    private String redirectUrl;
    private List<String> scopes = List.of("CASHIER");
    private String state;
    private String externalId;
    private String merchantId;
    private String subMerchantId;
    private String lang;
    private Boolean allowRegistration;
    private SeamlessData seamlessData;

    /**
     * @param config the client's configuration: partner id, merchant key, clock and DANA base URL (sandbox,
     *     production, or a local sandbox that serves the binding page itself)
     * @param validator checks the values against the spec's constraints
     */
    public BindingUrlBuilder(DanaClientConfig config, Validator validator) {
        this.danaBaseUrl = config.danaBaseUrl();
        this.partnerId = config.partnerId();
        this.channelId = config.channelId();
        this.merchantKey = config.merchantPrivateKey();
        this.clock = config.clock();
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** @return this, building the bindSnap deeplink instead of the OAuth web page */
    public BindingUrlBuilder deeplink() {
        this.page = Page.DEEPLINK;
        return this;
    }

    /** @param redirectUrl where DANA sends the customer back (required) @return this */
    public BindingUrlBuilder redirectUrl(String redirectUrl) {
        this.redirectUrl = redirectUrl;
        return this;
    }

    /** @param scopes what the customer grants, e.g. CASHIER, QUERY_BALANCE (default CASHIER) @return this */
    public BindingUrlBuilder scopes(String... scopes) {
        this.scopes = List.of(scopes);
        return this;
    }

    /** @param state the anti-forgery value DANA returns (default: a random UUID) @return this */
    public BindingUrlBuilder state(String state) {
        this.state = state;
        return this;
    }

    /** @param externalId the merchant's id of this binding request (default: a random UUID) @return this */
    public BindingUrlBuilder externalId(String externalId) {
        this.externalId = externalId;
        return this;
    }

    /** @param merchantId merchant id at DANA @return this */
    public BindingUrlBuilder merchantId(String merchantId) {
        this.merchantId = merchantId;
        return this;
    }

    /** @param subMerchantId sub-merchant id (externalDivisionId) @return this */
    public BindingUrlBuilder subMerchantId(String subMerchantId) {
        this.subMerchantId = subMerchantId;
        return this;
    }

    /** @param lang page language, {@code id} or {@code en} @return this */
    public BindingUrlBuilder lang(String lang) {
        this.lang = lang;
        return this;
    }

    /** @param allowRegistration whether a customer without a DANA account may register @return this */
    public BindingUrlBuilder allowRegistration(boolean allowRegistration) {
        this.allowRegistration = allowRegistration;
        return this;
    }

    /** @param seamlessData customer data that pre-fills DANA's page (signed with the merchant key) @return this */
    public BindingUrlBuilder seamlessData(SeamlessData seamlessData) {
        this.seamlessData = seamlessData;
        return this;
    }

    /**
     * @return the URL with the state and external id it carries
     * @throws IllegalArgumentException if a value breaks the spec's constraints, naming every such field
     */
    public BindingUrl build() {
        String stateValue = state != null ? state : UUID.randomUUID().toString();
        String external = externalId != null ? externalId : UUID.randomUUID().toString();
        String timestamp = SnapTimestamp.now(clock);
        String requestId = page == Page.DEEPLINK ? UUID.randomUUID().toString() : null;
        validate(stateValue, external, timestamp, requestId);

        Map<String, String> query = new LinkedHashMap<>();
        query.put("partnerId", partnerId);
        query.put("scopes", String.join(",", scopes));
        query.put("externalId", external);
        query.put("channelId", channelId);
        query.put("timestamp", timestamp);
        if (page == Page.OAUTH) {
            query.put("isSnapBI", "true");
        } else {
            query.put("terminalType", "WEB");
            query.put("requestId", requestId);
        }
        query.put("redirectUrl", redirectUrl);
        query.put("state", stateValue);
        putIfPresent(query, "merchantId", merchantId);
        putIfPresent(query, "subMerchantId", subMerchantId);
        putIfPresent(query, "lang", lang);
        putIfPresent(query, "allowRegistration", allowRegistration == null ? null : allowRegistration.toString());
        if (seamlessData != null) {
            String json = seamlessJson(external, timestamp, requestId);
            if (json.length() > SEAMLESS_DATA_MAX) {
                throw new IllegalArgumentException("seamlessData: the JSON text is " + json.length()
                        + " characters, DANA takes at most " + SEAMLESS_DATA_MAX);
            }
            query.put("seamlessData", json);
            // signed over exactly the text sent
            query.put("seamlessSign", OpenApiEnvelope.sign(merchantKey, json.getBytes(StandardCharsets.UTF_8)));
        }
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + Rfc3986.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return new BindingUrl(URI.create(pageUrl() + "?" + encoded), stateValue, external);
    }

    /** @return the page's URL without query for this client's DANA base URL */
    String pageUrl() {
        boolean oauth = page == Page.OAUTH;
        if (danaBaseUrl.equals(DanaEnvironment.SANDBOX.danaBaseUrl())) {
            return oauth ? "https://m.sandbox.dana.id/v1.0/get-auth-code" : "https://bw93.test-app.link/bindSnap";
        }
        if (danaBaseUrl.equals(DanaEnvironment.PRODUCTION.danaBaseUrl())) {
            return oauth ? "https://m.dana.id/v1.0/get-auth-code" : "https://link.dana.id/bindSnap";
        }
        // a local sandbox serves both pages itself
        String base = danaBaseUrl.toString().replaceFirst("/+$", "");
        return base + (oauth ? "/v1.0/get-auth-code" : "/bindSnap");
    }

    private void validate(String stateValue, String external, String timestamp, String requestId) {
        Oauth2UrlData data = new Oauth2UrlData().partnerId(partnerId).externalId(external).redirectUrl(redirectUrl)
                .state(stateValue).merchantId(merchantId).subMerchantId(subMerchantId).lang(lang)
                .scopes(scopes.isEmpty() ? null : new ArrayList<>(scopes))
                .allowRegistration(allowRegistration == null ? null : allowRegistration.toString());
        data.channelId(channelId).timestamp(timestamp);
        if (page == Page.OAUTH) {
            data.isSnapBI("true");
        } else {
            data.terminalType("WEB").requestId(requestId);
        }
        if (seamlessData != null) {
            data.seamlessData(new Oauth2UrlDataSeamlessData().bizScenario(seamlessData.bizScenario())
                    .mobileNumber(seamlessData.mobileNumber()).verifiedTime(seamlessData.verifiedTime())
                    .externalUid(seamlessData.externalUid()).deviceId(seamlessData.deviceId())
                    .skipRegisterConsult(seamlessData.skipRegisterConsult()));
        }
        List<String> problems = new ArrayList<>();
        if (scopes.isEmpty()) {
            problems.add("scopes: at least one scope");
        }
        validator.validate(data).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Oauth2UrlData> v) -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(v.getPropertyPath() + ": " + v.getMessage()));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("binding URL: " + String.join("; ", problems));
        }
    }

    /** The JSON text DANA reads: the phone number under "mobile" (as DANA's SDKs send it, ERRATA B3). */
    private String seamlessJson(String external, String timestamp, String requestId) {
        ObjectNode json = JSON.createObjectNode();
        putIfPresent(json, "bizScenario", seamlessData.bizScenario());
        putIfPresent(json, "mobile", seamlessData.mobileNumber());
        putIfPresent(json, "verifiedTime", seamlessData.verifiedTime());
        putIfPresent(json, "externalUid", seamlessData.externalUid());
        putIfPresent(json, "deviceId", seamlessData.deviceId());
        if (seamlessData.skipRegisterConsult() != null) {
            json.put("skipRegisterConsult", seamlessData.skipRegisterConsult());
        }
        if (page == Page.DEEPLINK) {
            json.put("externalUid", external).put("reqTime", timestamp).put("verifiedTime", "0").put("reqMsgId", requestId);
        }
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(Map<String, String> query, String name, String value) {
        if (value != null && !value.isEmpty()) {
            query.put(name, value);
        }
    }

    private static void putIfPresent(ObjectNode json, String name, String value) {
        if (value != null && !value.isEmpty()) {
            json.put(name, value);
        }
    }

    @Override
    public String toString() {
        return "BindingUrlBuilder[" + page + ", partnerId=" + partnerId + "]";
    }
}
