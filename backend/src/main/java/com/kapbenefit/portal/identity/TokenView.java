package com.kapbenefit.portal.identity;

import io.micronaut.serde.annotation.Serdeable;

/** For API clients that send {@code Authorization: Bearer}; browsers use the cookie session instead. */
@Serdeable
record TokenView(String accessToken, String tokenType, long expiresIn, String refreshToken, long refreshExpiresIn) {

    static TokenView of(SessionService.Session session) {
        return new TokenView(session.accessToken(), "Bearer", session.accessLifetime().toSeconds(),
                session.refreshToken(), session.refreshLifetime().toSeconds());
    }
}
