package com.kapbenefit.portal;

import com.kapbenefit.portal.support.Api;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every route the running application exposes for members only is refused to an HR admin (and to
 * the other staff roles), found from the router itself so a new member route cannot be forgotten.
 */
@MicronautTest(transactional = false)
class MemberOnlyRoutesTest {

    @Inject
    Router router;
    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    @Test
    void staffTokensAreRefusedEveryMemberRoute() {
        Api api = new Api(httpClient, json);
        List<String> memberRoutes = new ArrayList<>();
        router.uriRoutes().forEach(route -> {
            if (securedFor(route).equals(List.of("MEMBER"))) {
                memberRoutes.add(route.getHttpMethod() + " " + route.getUriMatchTemplate().expand(Map.of(
                        "kind", "TELEHEALTH", "id", "00000000-0000-0000-0000-000000000000")));
            }
        });
        assertTrue(memberRoutes.size() >= 12, "found the member routes: " + memberRoutes);

        for (String staff : List.of(Api.HR_ADMIN, Api.PLATFORM_ADMIN, Api.PROVIDER)) {
            String token = api.accessToken(staff);
            for (String route : memberRoutes) {
                String[] methodAndPath = route.split(" ", 2);
                MutableHttpRequest<?> request = HttpRequest.create(HttpMethod.valueOf(methodAndPath[0]), methodAndPath[1])
                        .bearerAuth(token);
                if (!methodAndPath[0].equals("GET")) {
                    ((MutableHttpRequest<Object>) request).body(Map.of());
                }
                assertEquals(403, api.send(request).status(), staff + " on " + route);
            }
        }
    }

    private static List<String> securedFor(UriRouteInfo<?, ?> route) {
        return route.getTargetMethod().findAnnotation(Secured.class)
                .map(secured -> Arrays.asList(secured.stringValues()))
                .orElse(List.of());
    }
}
