package dev.danakit.sandbox.twin;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The customer access/refresh tokens DANA has issued to merchants, in memory. */
public final class CustomerTokens {

    /** Lifetime of an access token in the sandbox. */
    public static final Duration ACCESS_LIFETIME = Duration.ofDays(1);
    /** Lifetime of a refresh token in the sandbox. */
    public static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    /**
     * One binding of a customer to a merchant.
     *
     * @param accessToken the access token
     * @param refreshToken the refresh token
     * @param clientId the merchant it was issued to
     * @param customerId DANA's id of the customer
     * @param accessExpiresAt when the access token stops working
     * @param revoked whether the binding was ended
     */
    public record Grant(String accessToken, String refreshToken, String clientId, String customerId,
                        Instant accessExpiresAt, boolean revoked) {
        @Override
        public String toString() {
            return "Grant[" + clientId + "," + customerId + ",revoked=" + revoked + "]";
        }
    }

    /** The outcome of checking a token presented by a merchant. */
    public enum Check { VALID, NOT_FOUND, INVALID }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, Grant> byAccessToken = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> accessByRefresh = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String[]> pendingAuthCodes = new ConcurrentHashMap<>();

    public CustomerTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * What DANA hands the merchant when a customer approves the binding: a one-time authorization code.
     *
     * @param clientId the merchant
     * @param customerId the customer
     * @return the code, to be exchanged with Apply Token
     */
    public String newAuthCode(String clientId, String customerId) {
        return newAuthCode(clientId, customerId, newToken());
    }

    String newAuthCode(String clientId, String customerId, String code) {
        pendingAuthCodes.put(code, new String[] {clientId, customerId});
        return code;
    }

    /**
     * @param clientId the merchant redeeming the code
     * @param authCode the code
     * @return a fresh grant, if the code was issued to this merchant and not used yet
     */
    public Optional<Grant> redeem(String clientId, String authCode) {
        String[] pending = authCode == null ? null : pendingAuthCodes.remove(authCode);
        if (pending == null || !pending[0].equals(clientId)) {
            return Optional.empty();
        }
        return Optional.of(issue(pending[0], pending[1]));
    }

    /**
     * Renews a binding: the old access token stops working, a new pair is issued.
     *
     * @param clientId the merchant
     * @param refreshToken its refresh token
     * @return the new grant, if the refresh token is live and the merchant's
     */
    public Optional<Grant> refresh(String clientId, String refreshToken) {
        String access = refreshToken == null ? null : accessByRefresh.remove(refreshToken);
        Grant old = access == null ? null : byAccessToken.get(access);
        if (old == null || old.revoked() || !old.clientId().equals(clientId)) {
            return Optional.empty();
        }
        revoke(old.accessToken());
        return Optional.of(issue(old.clientId(), old.customerId()));
    }

    /**
     * @param clientId the merchant
     * @param customerId the customer
     * @return a fresh grant
     */
    public Grant issue(String clientId, String customerId) {
        return issue(clientId, customerId, newToken(), newToken());
    }

    Grant issue(String clientId, String customerId, String accessToken, String refreshToken) {
        Grant grant = new Grant(accessToken, refreshToken, clientId, customerId,
                clock.instant().plus(ACCESS_LIFETIME), false);
        byAccessToken.put(grant.accessToken(), grant);
        accessByRefresh.put(grant.refreshToken(), grant.accessToken());
        return grant;
    }

    /**
     * @param clientId the merchant presenting the token (may be {@code null} in relaxed mode)
     * @param accessToken the token
     * @return whether it may be used
     */
    public Check check(String clientId, String accessToken) {
        Grant grant = accessToken == null ? null : byAccessToken.get(accessToken);
        if (grant == null) {
            return Check.NOT_FOUND;
        }
        boolean ownedByCaller = clientId == null || grant.clientId().equals(clientId);
        boolean live = !grant.revoked() && clock.instant().isBefore(grant.accessExpiresAt());
        return ownedByCaller && live ? Check.VALID : Check.INVALID;
    }

    /**
     * @param accessToken an access token
     * @return the grant, revoked now, if it existed and was live
     */
    public Optional<Grant> revoke(String accessToken) {
        if (accessToken == null) {
            return Optional.empty();
        }
        Grant[] revoked = new Grant[1];
        byAccessToken.computeIfPresent(accessToken, (token, grant) -> {
            if (grant.revoked()) {
                return grant;
            }
            revoked[0] = new Grant(grant.accessToken(), grant.refreshToken(), grant.clientId(), grant.customerId(),
                    grant.accessExpiresAt(), true);
            return revoked[0];
        });
        return Optional.ofNullable(revoked[0]);
    }

    /**
     * @param refreshToken a refresh token
     * @return the live grant it belongs to
     */
    public Optional<Grant> byRefreshToken(String refreshToken) {
        String access = refreshToken == null ? null : accessByRefresh.get(refreshToken);
        return Optional.ofNullable(access == null ? null : byAccessToken.get(access)).filter(g -> !g.revoked());
    }

    /** @return a random 40-character URL-safe token (DANA's token fields allow 64) */
    public String newToken() {
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
