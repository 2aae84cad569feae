package com.kapbenefit.portal.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * Micronaut accepts a token without {@code exp}, {@code iss} or {@code aud}; we do not.
 * A token is accepted only if it names this portal as issuer and audience and has not expired
 * or come into force early.
 */
@Singleton
class RequiredClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private final Clock clock;
    private final String issuer;
    private final String audience;

    RequiredClaimsValidator(Clock clock,
                            @Value("${kap.security.issuer}") String issuer,
                            @Value("${kap.security.audience}") String audience) {
        this.clock = clock;
        this.issuer = issuer;
        this.audience = audience;
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        long now = clock.instant().getEpochSecond();
        Long expiresAt = epochSeconds(claims.get(Claims.EXPIRATION_TIME));
        Long notBefore = epochSeconds(claims.get(Claims.NOT_BEFORE));
        return expiresAt != null && expiresAt > now
                && (notBefore == null || notBefore <= now)
                && issuer.equals(claims.get(Claims.ISSUER))
                && audiences(claims.get(Claims.AUDIENCE)).contains(audience);
    }

    private static Long epochSeconds(Object value) {
        if (value instanceof java.util.Date date) {
            return date.toInstant().getEpochSecond();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return null;
    }

    private static Collection<?> audiences(Object value) {
        if (value instanceof Collection<?> collection) {
            return collection;
        }
        return value == null ? List.of() : List.of(value);
    }
}
