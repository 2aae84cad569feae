package com.kapbenefit.portal.security;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Members;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route the running application exposes, against a declared table of who may call it. A route
 * missing from the table (or a table row with no route) fails the build; each route is called
 * anonymously and as each role, and must answer 401 or 403 exactly when the caller is not allowed,
 * and never 5xx to anyone.
 */
@MicronautTest(transactional = false)
class AuthorisationMatrixTest {

    @Inject
    Router router;
    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    @Test
    void everyRouteIsDeclaredAndEveryCallerGetsExactlyTheAnswerTheTableSays() {
        Set<String> exposed = router.uriRoutes()
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> undeclared = new TreeSet<>(exposed);
        undeclared.removeAll(RouteTable.ALLOWED.keySet());
        undeclared.remove(RouteTable.COOKIE_REFRESH);
        Set<String> gone = new TreeSet<>(RouteTable.ALLOWED.keySet());
        gone.add(RouteTable.COOKIE_REFRESH);
        gone.removeAll(exposed);
        assertEquals(Set.of(), undeclared, "routes missing from the table");
        assertEquals(Set.of(), gone, "table rows without a route");

        Api api = new Api(httpClient, json);
        Map<RouteTable.Caller, String> tokens = Map.of(
                RouteTable.Caller.OPERATOR, api.accessToken(Api.PLATFORM_ADMIN),
                RouteTable.Caller.HR, api.accessToken(Api.HR_ADMIN),
                RouteTable.Caller.MEMBER, Members.enrolFresh(api),
                RouteTable.Caller.THERAPIST, api.accessToken(Api.PROVIDER),
                RouteTable.Caller.PRESCRIBER, api.accessToken(Api.PRESCRIBER));
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, Set<RouteTable.Caller>> route : RouteTable.ALLOWED.entrySet()) {
            for (RouteTable.Caller caller : RouteTable.Caller.values()) {
                int status = RouteTable.call(api, route.getKey(), tokens.get(caller), RouteTable.validLookingBody(route.getKey())).status();
                calls++;
                boolean allowed = route.getValue().contains(caller);
                int refusal = caller == RouteTable.Caller.ANONYMOUS ? 401 : 403;
                if (status >= 500 || (allowed && (status == 401 || status == 403)) || (!allowed && status != refusal)) {
                    wrong.add(route.getKey() + " as " + caller + ": " + status + (allowed ? " (allowed)" : " (expected " + refusal + ")"));
                }
            }
        }
        for (RouteTable.Caller caller : RouteTable.Caller.values()) {
            assertEquals(401, RouteTable.call(api, RouteTable.COOKIE_REFRESH, tokens.get(caller), Map.of()).status(), "refresh without its cookie, as " + caller);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertEquals(RouteTable.ALLOWED.size() * RouteTable.Caller.values().length, calls);
    }

}
