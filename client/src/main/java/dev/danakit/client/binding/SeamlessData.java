package dev.danakit.client.binding;

/**
 * Customer data that lets DANA's binding page skip steps (widget.yaml {@code Oauth2UrlDataSeamlessData}); every
 * member may be {@code null}.
 *
 * @param bizScenario the merchant's business scenario, e.g. {@code PAYMENT}
 * @param mobileNumber the customer's phone number ({@code 62...}); the customer must log in with it
 * @param verifiedTime when the merchant verified that phone number ({@code yyyy-MM-ddTHH:mm:ss+07:00})
 * @param externalUid the customer's id at the merchant
 * @param deviceId the customer's device id
 * @param skipRegisterConsult whether DANA skips its registration consult
 */
public record SeamlessData(String bizScenario, String mobileNumber, String verifiedTime, String externalUid,
                           String deviceId, Boolean skipRegisterConsult) {

    /**
     * @param mobileNumber the customer's phone number
     * @return seamless data with only the phone number
     */
    public static SeamlessData mobileNumber(String mobileNumber) {
        return new SeamlessData(null, mobileNumber, null, null, null, null);
    }
}
