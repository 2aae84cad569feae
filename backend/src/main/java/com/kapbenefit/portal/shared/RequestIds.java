package com.kapbenefit.portal.shared;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.context.ServerRequestContext;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, echoed in {@code X-Request-Id} and written into the audit rows it causes,
 * so a support question ("this failed at 10:02") leads to the exact rows. An id set by the ingress is
 * kept when it looks like one; anything else is replaced rather than stored.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = "kap.request-id";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    /** The id of the request being served on this thread, if any (none for scheduled jobs). */
    public static Optional<String> current() {
        return ServerRequestContext.currentRequest().flatMap(request -> request.getAttribute(ATTRIBUTE, String.class));
    }

    @RequestFilter
    void assign(MutableHttpRequest<?> request) {
        String offered = request.getHeaders().get(HEADER);
        String id = offered != null && ACCEPTABLE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.header(HEADER, id));
    }
}
