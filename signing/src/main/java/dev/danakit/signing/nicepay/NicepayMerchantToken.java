package dev.danakit.signing.nicepay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * NICEPAY {@code merchantToken} values for the Payloan account-binding deactivation APIs: lowercase hex
 * SHA-256 over concatenated fields, the last of which is the merchant key (a secret).
 */
public final class NicepayMerchantToken {

    private NicepayMerchantToken() {
    }

    /**
     * Token of the remove-token request ({@code /nicepay/direct/v2/removeToken}).
     *
     * @param timeStamp request time, {@code yyyyMMddHHmmss}
     * @param iMid merchant id
     * @param userToken the user token being removed
     * @param merchantKey the merchant key
     * @return {@code hex(sha256(timeStamp + iMid + userToken + merchantKey))}
     */
    public static String removeToken(String timeStamp, String iMid, String userToken, String merchantKey) {
        return sha256Hex(require(timeStamp, "timeStamp"), require(iMid, "iMid"), require(userToken, "userToken"),
                require(merchantKey, "merchantKey"));
    }

    /**
     * Token of the token-deactivated notification NICEPAY pushes to the merchant.
     *
     * @param iMid merchant id
     * @param userToken the deactivated user token
     * @param clientUserKey the merchant's user key
     * @param merchantKey the merchant key
     * @return {@code hex(sha256(iMid + userToken + clientUserKey + merchantKey))}
     */
    public static String tokenDeactivatedNotification(String iMid, String userToken, String clientUserKey,
            String merchantKey) {
        return sha256Hex(require(iMid, "iMid"), require(userToken, "userToken"), require(clientUserKey, "clientUserKey"),
                require(merchantKey, "merchantKey"));
    }

    /**
     * Checks a received remove-token {@code merchantToken} in constant time (hex case ignored).
     *
     * @param receivedToken the received token, may be {@code null}
     * @param timeStamp request time
     * @param iMid merchant id
     * @param userToken user token
     * @param merchantKey merchant key
     * @return whether it matches
     */
    public static boolean verifyRemoveToken(String receivedToken, String timeStamp, String iMid, String userToken,
            String merchantKey) {
        return constantTimeEquals(removeToken(timeStamp, iMid, userToken, merchantKey), receivedToken);
    }

    /**
     * Checks a received notification {@code merchantToken} in constant time (hex case ignored).
     *
     * @param receivedToken the received token, may be {@code null}
     * @param iMid merchant id
     * @param userToken user token
     * @param clientUserKey client user key
     * @param merchantKey merchant key
     * @return whether it matches
     */
    public static boolean verifyTokenDeactivatedNotification(String receivedToken, String iMid, String userToken,
            String clientUserKey, String merchantKey) {
        return constantTimeEquals(tokenDeactivatedNotification(iMid, userToken, clientUserKey, merchantKey),
                receivedToken);
    }

    private static boolean constantTimeEquals(String expectedLowerHex, String received) {
        if (received == null) {
            return false;
        }
        return MessageDigest.isEqual(expectedLowerHex.getBytes(StandardCharsets.US_ASCII),
                received.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256Hex(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable in this JVM");
        }
    }

    private static String require(String value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
