package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.audit.AuditTrail;
import com.kapbenefit.portal.shared.KeyedHash;
import com.kapbenefit.portal.shared.OpaqueTokens;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/** Sign-in, refresh-token rotation and sign-out, shared by the cookie and the bearer-token APIs. */
@Singleton
class SessionService {

    private final UserAccountRepository accounts;
    private final OrganisationDirectory organisations;
    private final RefreshTokenRepository refreshTokens;
    private final PasswordHasher passwordHasher;
    private final SignInThrottle throttle;
    private final KeyedHash keyedHash;
    private final AccessTokens accessTokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration refreshLifetime;

    SessionService(UserAccountRepository accounts, OrganisationDirectory organisations, RefreshTokenRepository refreshTokens,
                   PasswordHasher passwordHasher, SignInThrottle throttle, KeyedHash keyedHash,
                   AccessTokens accessTokens, AuditTrail audit, Clock clock,
                   @Value("${kap.security.refresh-token-lifetime:8h}") Duration refreshLifetime) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.refreshTokens = refreshTokens;
        this.passwordHasher = passwordHasher;
        this.throttle = throttle;
        this.keyedHash = keyedHash;
        this.accessTokens = accessTokens;
        this.audit = audit;
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
            audit.refusal(null, null, "identity.sign-in", found.map(UserAccount::id).orElse(null),
                    found.isPresent() ? "wrong password" : "no account with this e-mail");
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS,
                    "Check the e-mail and password and try again.");
        }
        UserAccount account = found.get();
        if (!maySignIn(account)) {
            audit.refusal(account.id(), account.role().name(), "identity.sign-in", account.id(), "account disabled");
            throw new ProblemException(ProblemType.ACCOUNT_DISABLED,
                    "Contact your administrator or the KAP Benefit support team.");
        }
        throttle.clear(signInKey);
        audit.record(account.id(), account.role().name(), "identity.sign-in", account.id(), AuditTrail.Outcome.ALLOWED, null);
        return startSession(account, UUID.randomUUID().toString());
    }

    Session refresh(String presentedToken) {
        Instant now = now();
        RefreshToken token = refreshTokens.findByTokenHash(OpaqueTokens.digest(presentedToken)).orElseThrow(SessionService::noSession);
        if (token.revokedAt() != null || refreshTokens.revokeIfActive(token.id(), now) == 0) {
            // A rotated token presented again means it was copied: end every session descended from it.
            refreshTokens.revokeFamily(token.familyId(), now);
            throw noSession();
        }
        if (!token.expiresAt().isAfter(now)) {
            throw noSession();
        }
        UserAccount account = accounts.findById(token.userId())
                .filter(this::maySignIn)
                .orElseThrow(() -> {
                    refreshTokens.revokeFamily(token.familyId(), now);
                    return noSession();
                });
        return startSession(account, token.familyId());
    }

    void signOut(String presentedToken) {
        refreshTokens.findByTokenHash(OpaqueTokens.digest(presentedToken))
                .ifPresent(token -> refreshTokens.revokeFamily(token.familyId(), now()));
    }

    Optional<UserAccount> activeAccount(String accountId) {
        return accounts.findById(accountId).filter(this::maySignIn);
    }

    private boolean maySignIn(UserAccount account) {
        return account.status() == AccountStatus.ACTIVE
                && (account.role() != Role.HR_ADMIN || organisations.isActive(account.employerId()));
    }

    private Session startSession(UserAccount account, String familyId) {
        String refreshToken = OpaqueTokens.newToken();
        Instant now = now();
        refreshTokens.save(new RefreshToken(UUID.randomUUID().toString(), account.id(), familyId,
                OpaqueTokens.digest(refreshToken), now, now.plus(refreshLifetime), null));
        return new Session(account, accessTokens.issue(account), accessTokens.lifetime(), refreshToken, refreshLifetime);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static ProblemException noSession() {
        return new ProblemException(ProblemType.UNAUTHORIZED, "Your session has ended. Sign in again.");
    }

}
