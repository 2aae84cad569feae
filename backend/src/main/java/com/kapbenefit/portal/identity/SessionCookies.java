package com.kapbenefit.portal.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;

/** The browser's session: HttpOnly, SameSite=Strict cookies that scripts cannot read. */
@Singleton
class SessionCookies {

    static final String REFRESH_COOKIE = "kap_refresh";
    static final String REFRESH_PATH = "/api/identity/sessions";

    private final String accessCookieName;
    private final boolean secure;

    SessionCookies(@Value("${micronaut.security.token.cookie.cookie-name}") String accessCookieName,
                   @Value("${kap.security.secure-cookies:false}") boolean secure) {
        this.accessCookieName = accessCookieName;
        this.secure = secure;
    }

    <T> MutableHttpResponse<T> set(MutableHttpResponse<T> response, SessionService.Session session) {
        return response
                .cookie(cookie(accessCookieName, session.accessToken(), "/", session.accessLifetime()))
                .cookie(cookie(REFRESH_COOKIE, session.refreshToken(), REFRESH_PATH, session.refreshLifetime()));
    }

    <T> MutableHttpResponse<T> clear(MutableHttpResponse<T> response) {
        return response
                .cookie(cookie(accessCookieName, "", "/", Duration.ZERO))
                .cookie(cookie(REFRESH_COOKIE, "", REFRESH_PATH, Duration.ZERO));
    }

    private Cookie cookie(String name, String value, String path, Duration maxAge) {
        return Cookie.of(name, value)
                .path(path)
                .httpOnly(true)
                .secure(secure)
                .sameSite(SameSite.Strict)
                .maxAge(maxAge);
    }
}
