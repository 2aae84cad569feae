package com.kapbenefit.portal.shared;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser hardening on every response. The React app needs no inline script or style, so the
 * policy is strict; Swagger UI needs inline code and gets a looser one on its own path only.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter {

    private static final String APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    private final boolean secureTransport;

    SecurityHeadersFilter(@Value("${kap.security.secure-cookies:false}") boolean secureTransport) {
        this.secureTransport = secureTransport;
    }

    @ResponseFilter
    void harden(HttpRequest<?> request, MutableHttpResponse<?> response) {
        boolean swagger = request.getPath().startsWith("/swagger-ui");
        response.header("Content-Security-Policy", swagger ? SWAGGER_POLICY : APP_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Referrer-Policy", "no-referrer");
        response.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (secureTransport) {
            response.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
