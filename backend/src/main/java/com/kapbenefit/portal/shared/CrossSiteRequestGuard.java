package com.kapbenefit.portal.shared;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Set;

/**
 * CSRF defence for writes that a browser authenticates with the session cookies, beyond SameSite=Strict
 * (which older browsers and same-site subdomains do not honour). Such a write must carry
 * {@code X-Requested-With}, which another site's page cannot add without a CORS preflight this server
 * never grants, and must not be marked cross-site by the browser itself. Calls with a bearer token carry
 * no ambient credentials and need neither.
 */
@ServerFilter("/api/**")
final class CrossSiteRequestGuard {

    static final String HEADER = "X-Requested-With";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final Set<String> SESSION_COOKIES = Set.of("kap_access", "kap_refresh");

    @RequestFilter
    @Nullable
    HttpResponse<Problem> refuseCrossSiteWrites(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        if ("cross-site".equals(request.getHeaders().get("Sec-Fetch-Site"))) {
            return ProblemResponses.of(ProblemType.CROSS_SITE_REQUEST, "Requests from other sites are not accepted.");
        }
        boolean cookieAuthenticated = SESSION_COOKIES.stream().anyMatch(name -> request.getCookies().contains(name))
                && !request.getHeaders().contains("Authorization");
        if (cookieAuthenticated && !request.getHeaders().contains(HEADER)) {
            return ProblemResponses.of(ProblemType.CROSS_SITE_REQUEST,
                    "A write with the session cookie must come from the portal's own pages (" + HEADER + " header).");
        }
        return null;
    }
}
