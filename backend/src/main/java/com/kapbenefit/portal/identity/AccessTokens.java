package com.kapbenefit.portal.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signs short-lived access tokens with the configured key, always with exp, iss and aud. */
@Singleton
class AccessTokens {

    static final String EMPLOYER_CLAIM = "employer";

    private final TokenGenerator tokenGenerator;
    private final Clock clock;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;

    AccessTokens(TokenGenerator tokenGenerator, Clock clock,
                 @Value("${kap.security.issuer}") String issuer,
                 @Value("${kap.security.audience}") String audience,
                 @Value("${kap.security.access-token-lifetime:15m}") Duration lifetime) {
        if (lifetime.compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalStateException("Access tokens may live at most 15 minutes");
        }
        this.tokenGenerator = tokenGenerator;
        this.clock = clock;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
    }

    String issue(UserAccount account) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", account.id());
        claims.put("iss", issuer);
        claims.put("aud", audience);
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("roles", List.of(account.role().name()));
        if (account.employerId() != null) {
            claims.put(EMPLOYER_CLAIM, account.employerId());
        }
        return tokenGenerator.generateToken(claims)
                .orElseThrow(() -> new IllegalStateException("No token signer is configured"));
    }

    Duration lifetime() {
        return lifetime;
    }
}
