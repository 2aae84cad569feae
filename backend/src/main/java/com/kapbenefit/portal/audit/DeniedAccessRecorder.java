package com.kapbenefit.portal.audit;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.web.router.UriRouteMatch;

import java.util.Optional;

/**
 * Every refusal of a signed-in caller is evidence of someone probing for records that are not
 * theirs: a 403 anywhere, and a 404 on a route that names a record by id (another employer's
 * programme, another member's session). Each is written to the audit log with the id asked for,
 * unless the feature already recorded the refusal with more context (whose record it was).
 */
// Ordered outside the security filter, so refusals that filter answers itself pass through here too.
@ServerFilter("/api/**")
final class DeniedAccessRecorder implements Ordered {

    static final String ALREADY_RECORDED = "kap.audit.refusal-recorded";

    private final AuditTrail audit;

    DeniedAccessRecorder(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void recordRefusals(HttpRequest<?> request, HttpResponse<?> response) {
        int status = response.code();
        if (status != 403 && status != 404 || request.getAttribute(ALREADY_RECORDED).isPresent()) {
            return;
        }
        Optional<Authentication> caller = request.getUserPrincipal(Authentication.class);
        Optional<UriRouteMatch> route = request.getAttribute(HttpAttributes.ROUTE_MATCH, UriRouteMatch.class);
        if (caller.isEmpty() || route.isEmpty()) {
            return;
        }
        String requestedId = route.get().getVariableValues().values().stream().findFirst().map(Object::toString).orElse(null);
        if (status == 404 && requestedId == null) {
            return;
        }
        String role = caller.get().getRoles().stream().findFirst().orElse(null);
        String subject = requestedId == null ? null : requestedId.substring(0, Math.min(64, requestedId.length()));
        audit.refusal(caller.get().getName(), role, "access.denied", subject,
                request.getMethodName() + " " + route.get().getRouteInfo().getUriMatchTemplate() + " answered " + status);
    }
}
