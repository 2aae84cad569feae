package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.shared.KeyedHash;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/** Sign-in, refresh-token rotation and sign-out, shared by the cookie and the bearer-token APIs. */
@Singleton
class SessionService {

    private final UserAccountRepository accounts;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwordHasher;
    private final SignInThrottle throttle;
    private final KeyedHash keyedHash;
    private final AccessTokens accessTokens;
    private final Clock clock;
    private final Duration refreshLifetime;
    private final SecureRandom random = new SecureRandom();

    SessionService(UserAccountRepository accounts, RefreshTokenRepository refreshTokens,
                   PasswordHasher passwordHasher, SignInThrottle throttle, KeyedHash keyedHash,
                   AccessTokens accessTokens, Clock clock,
                   @Value("${kap.security.refresh-token-lifetime:8h}") Duration refreshLifetime) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.keyedHash = keyedHash;
        this.accessTokens = accessTokens;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
    }

    record Session(UserAccount account, String accessToken, Duration accessLifetime,
                   String refreshToken, Duration refreshLifetime) {
    }

    Session signIn(String email, String password) {
        String signInKey = keyedHash.ofIdentifier(email);
        throttle.refuseIfLocked(signInKey);
        Optional<UserAccount> found = accounts.findBySignInKey(signInKey);
        boolean passwordMatches;
        if (found.isPresent()) {
            passwordMatches = passwordHasher.verify(password, found.get().passwordHash());
        } else {
            passwordHasher.verifyDecoy(password);
            passwordMatches = false;
        }
        if (!passwordMatches) {
            throttle.recordFailure(signInKey);
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS,
                    "Check the e-mail and password and try again.");
        }
        UserAccount account = found.get();
        if (account.status() != AccountStatus.ACTIVE) {
            throw new ProblemException(ProblemType.ACCOUNT_DISABLED,
                    "Contact your administrator or the KAP Benefit support team.");
        }
        throttle.clear(signInKey);
        return startSession(account, UUID.randomUUID().toString());
    }

    Session refresh(String presentedToken) {
        Instant now = now();
        RefreshToken token = refreshTokens.findByTokenHash(digest(presentedToken)).orElseThrow(SessionService::noSession);
        if (token.revokedAt() != null || refreshTokens.revokeIfActive(token.id(), now) == 0) {
            // A rotated token presented again means it was copied: end every session descended from it.
            refreshTokens.revokeFamily(token.familyId(), now);
            throw noSession();
        }
        if (!token.expiresAt().isAfter(now)) {
            throw noSession();
        }
        UserAccount account = accounts.findById(token.userId())
                .filter(found -> found.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> {
                    refreshTokens.revokeFamily(token.familyId(), now);
                    return noSession();
                });
        return startSession(account, token.familyId());
    }

    void signOut(String presentedToken) {
        refreshTokens.findByTokenHash(digest(presentedToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), now()));
    }

    Optional<UserAccount> activeAccount(String accountId) {
        return accounts.findById(accountId).filter(account -> account.status() == AccountStatus.ACTIVE);
    }

    private Session startSession(UserAccount account, String familyId) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String refreshToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = now();
        refreshTokens.save(new RefreshToken(UUID.randomUUID().toString(), account.id(), familyId,
                digest(refreshToken), now, now.plus(refreshLifetime), null));
        return new Session(account, accessTokens.issue(account), accessTokens.lifetime(), refreshToken, refreshLifetime);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static ProblemException noSession() {
        return new ProblemException(ProblemType.UNAUTHORIZED, "Your session has ended. Sign in again.");
    }

    private static String digest(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
