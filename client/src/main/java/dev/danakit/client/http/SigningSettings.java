package dev.danakit.client.http;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the signing filter needs from the merchant's configuration.
 *
 * @param partnerId X-PARTNER-ID / X-CLIENT-KEY / Open API clientId
 * @param clientSecret Open API {@code head.clientSecret}, or null if the merchant makes no Open API call
 * @param privateKey the merchant's RSA private key
 * @param channelId CHANNEL-ID
 * @param origin ORIGIN, or null to omit it
 * @param clock stamps X-TIMESTAMP and reqTime
 * @param externalIds makes a fresh X-EXTERNAL-ID / reqMsgId (at most 36 characters)
 */
public record SigningSettings(String partnerId, String clientSecret, PrivateKey privateKey, String channelId,
        String origin, Clock clock, Supplier<String> externalIds) {

    /**
     * Checks the mandatory parts.
     */
    public SigningSettings {
        Objects.requireNonNull(partnerId, "partnerId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(externalIds, "externalIds");
    }

    @Override
    public String toString() {
        return "SigningSettings[partnerId=" + partnerId + ", channelId=" + channelId + ", origin=" + origin + "]";
    }
}
