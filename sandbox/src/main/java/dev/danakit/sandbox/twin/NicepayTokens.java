package dev.danakit.sandbox.twin;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The NICEPAY Payloan user tokens that are active, per {@code iMid}. The sandbox has no lender, so a
 * token exists once an admin call issues it ({@code POST /sandbox/nicepay/tokens}).
 */
public final class NicepayTokens {

    private final ConcurrentMap<String, Set<String>> activeByIMid = new ConcurrentHashMap<>();

    /**
     * @param iMid the merchant's NICEPAY id
     * @param userToken the token to activate, or {@code null} for a new random one
     * @return the active token
     */
    public String issue(String iMid, String userToken) {
        String token = userToken == null || userToken.isBlank() ? UUID.randomUUID().toString() : userToken;
        activeByIMid.computeIfAbsent(iMid, k -> ConcurrentHashMap.newKeySet()).add(token);
        return token;
    }

    /**
     * @param iMid the merchant's NICEPAY id
     * @param userToken a user token
     * @return true when it was active for that merchant and is now inactive
     */
    public boolean deactivate(String iMid, String userToken) {
        Set<String> active = activeByIMid.get(iMid);
        return active != null && active.remove(userToken);
    }
}
