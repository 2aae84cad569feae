package com.kapbenefit.portal.security;

import com.kapbenefit.portal.support.Api;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every route the portal serves and who may call it: the declared side of the authorisation matrix. */
final class RouteTable {

    private RouteTable() {
    }

    enum Caller { ANONYMOUS, OPERATOR, HR, MEMBER, THERAPIST, PRESCRIBER }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> OPERATOR = EnumSet.of(Caller.OPERATOR);
    private static final Set<Caller> HR = EnumSet.of(Caller.HR);
    private static final Set<Caller> MEMBER = EnumSet.of(Caller.MEMBER);
    private static final Set<Caller> THERAPIST = EnumSet.of(Caller.THERAPIST);
    private static final Set<Caller> PRESCRIBER = EnumSet.of(Caller.PRESCRIBER);
    private static final Set<Caller> PROVIDERS = EnumSet.of(Caller.THERAPIST, Caller.PRESCRIBER);
    private static final Set<Caller> SESSION_PARTIES = EnumSet.of(Caller.MEMBER, Caller.THERAPIST, Caller.PRESCRIBER);

    static final Map<String, Set<Caller>> ALLOWED = new LinkedHashMap<>();

    static {
        allow(EVERYONE, "GET /health", "GET /health/{selector}", "GET /prometheus",
                "POST /api/identity/sessions", "DELETE /api/identity/sessions/current",
                "POST /api/identity/tokens", "POST /api/identity/tokens/refresh", "POST /api/identity/tokens/revoke",
                "GET /api/enrolment/pseudonym-suggestions", "POST /api/enrolment/eligibility-checks", "POST /api/enrolment/enrolments",
                "GET /api/invitations/{token}", "POST /api/invitations/{token}/accept",
                "GET /api/provider-invitations/{token}", "POST /api/provider-invitations/{token}/accept");
        allow(SIGNED_IN, "GET /api/identity/me");
        allow(OPERATOR, "GET /api/employers", "POST /api/employers", "GET /api/employers/{employerId}",
                "POST /api/employers/{employerId}/suspend", "POST /api/employers/{employerId}/reactivate",
                "GET /api/employers/{employerId}/hr-admins", "POST /api/employers/{employerId}/hr-admins/{accountId}/deactivate",
                "GET /api/employers/{employerId}/invitations", "POST /api/employers/{employerId}/invitations",
                "DELETE /api/employers/{employerId}/invitations/{invitationId}", "POST /api/consents/documents",
                "GET /api/providers", "GET /api/providers/licences", "GET /api/providers/licences/expiring",
                "POST /api/providers/licences/{licenceId}/verify", "POST /api/providers/licences/{licenceId}/reject",
                "POST /api/providers/{providerId}/suspend", "POST /api/providers/{providerId}/reactivate",
                "GET /api/providers/invitations", "POST /api/providers/invitations", "DELETE /api/providers/invitations/{invitationId}",
                "GET /api/reports/overview", "POST /api/reports/refresh", "GET /api/audit/verify");
        allow(HR, "GET /api/employers/current", "GET /api/employers/current/hr-admins",
                "POST /api/employers/current/hr-admins/{accountId}/deactivate", "GET /api/employers/current/invitations",
                "POST /api/employers/current/invitations", "DELETE /api/employers/current/invitations/{invitationId}",
                "GET /api/sponsorship/programmes", "POST /api/sponsorship/programmes", "GET /api/sponsorship/programmes/{programmeId}",
                "PUT /api/sponsorship/programmes/{programmeId}", "GET /api/sponsorship/programmes/{programmeId}/history",
                "POST /api/sponsorship/programmes/{programmeId}/activate", "POST /api/sponsorship/programmes/{programmeId}/close",
                "POST /api/sponsorship/programmes/{programmeId}/eligibility",
                "POST /api/sponsorship/programmes/{programmeId}/enrolment-code",
                "GET /api/sponsorship/programmes/{programmeId}/statements",
                "GET /api/sponsorship/programmes/{programmeId}/statements/{period}",
                "GET /api/reports/programmes", "GET /api/reports/programmes/{programmeId}",
                "GET /api/reports/programmes/{programmeId}/export.csv");
        allow(MEMBER, "GET /api/consents", "POST /api/consents/{kind}/accept", "POST /api/consents/{kind}/revoke",
                "GET /api/enrolment/me", "GET /api/enrolment/me/identity", "GET /api/enrolment/me/identity/views", "PUT /api/enrolment/me/location",
                "POST /api/enrolment/me/withdraw", "GET /api/journey/me", "GET /api/clearance/me",
                "GET /api/screening/me", "GET /api/screening/me/history", "POST /api/screening/responses",
                "GET /api/referrals/me", "GET /api/referrals/me/options", "PUT /api/referrals/me/preference",
                "POST /api/referrals/me/route", "POST /api/referrals/me/change",
                "GET /api/care/me", "GET /api/care/me/slots", "POST /api/care/me/sessions", "GET /api/reports/my-employer");
        allow(PRESCRIBER, "GET /api/clearance/queue", "GET /api/clearance/cases/mine", "GET /api/clearance/cases/{caseId}",
                "POST /api/clearance/cases/{caseId}/accept", "POST /api/clearance/cases/{caseId}/decision");
        allow(THERAPIST, "GET /api/referrals/queue", "GET /api/referrals/mine", "GET /api/referrals/{referralId}",
                "POST /api/referrals/{referralId}/accept", "POST /api/referrals/{referralId}/decline", "GET /api/care/provider/sessions");
        allow(PROVIDERS, "GET /api/providers/me", "PUT /api/providers/me", "POST /api/providers/me/licences",
                "GET /api/availability/me", "PUT /api/availability/me/weekly", "POST /api/availability/me/days-off",
                "DELETE /api/availability/me/days-off/{date}", "POST /api/care/sessions/{sessionId}/complete",
                "GET /api/care/provider/reminders");
        allow(SESSION_PARTIES, "POST /api/care/sessions/{sessionId}/cancel", "POST /api/care/sessions/{sessionId}/reschedule",
                "GET /api/care/sessions/{sessionId}/join");
    }

    /** Authenticated by its own refresh cookie, not by a role: without one, everybody gets 401. */
    static final String COOKIE_REFRESH = "POST /api/identity/sessions/refresh";

    /** Bodies and queries that pass validation, so that the authorisation decision is what answers. */
    private static final Map<String, Object> BODIES = Map.of(
            "POST /api/clearance/cases/{caseId}/decision", Map.of("outcome", "CLEARED", "setting", "HOME_WITH_SITTER"),
            "POST /api/referrals/{referralId}/decline", Map.of("reason", "Not my specialty"),
            "POST /api/sponsorship/programmes/{programmeId}/eligibility", "email\nsomeone@example.com\n");
    private static final Map<String, String> QUERIES = Map.of(
            "GET /api/care/provider/sessions", "?range=PAST");

    private static void allow(Set<Caller> callers, String... routes) {
        for (String route : routes) {
            ALLOWED.put(route, callers);
        }
    }

    /** Calls the route with its placeholders filled in and the given body (or a valid-looking one), as the holder of the token. */
    static Api.Reply call(Api api, String route, String token, Object body) {
        String[] parts = route.split(" ", 2);
        String path = parts[1]
                .replace("{date}", "2030-01-01").replace("{period}", "2026-01").replace("{kind}", "RELEASE_OF_INFORMATION")
                .replace("{selector}", "liveness").replace("{token}", "not-a-token")
                .replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000") + QUERIES.getOrDefault(route, "");
        MutableHttpRequest<?> request = switch (parts[0]) {
            case "GET" -> HttpRequest.GET(path);
            case "DELETE" -> HttpRequest.DELETE(path);
            case "PUT" -> HttpRequest.PUT(path, body);
            default -> HttpRequest.POST(path, body);
        };
        if (body instanceof String) {
            request.contentType(route.endsWith("/eligibility") && !((String) body).startsWith("{") ? "text/csv" : "application/json");
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        return api.send(request);
    }

    static Object validLookingBody(String route) {
        return BODIES.getOrDefault(route, Map.of());
    }
}
