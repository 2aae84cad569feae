package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** One employer's HR admin can reach nothing of another's programmes; no other role reaches programmes at all. */
@MicronautTest(transactional = false)
class ProgrammeAccessTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    Api api;
    String sierraProgramme;
    String sierraName;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        sierraName = "Sierra private programme";
        sierraProgramme = ProgrammeFixtures.activeProgramme(api, api.accessToken(Api.HR_ADMIN), sierraName, 12);
    }

    private List<Function<String, MutableHttpRequest<?>>> everyProgrammeRoute() {
        String base = "/api/sponsorship/programmes/" + sierraProgramme;
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        return List.of(
                token -> HttpRequest.GET(base).bearerAuth(token),
                token -> HttpRequest.PUT(base, ProgrammeFixtures.request("Hijack", 99)).bearerAuth(token),
                token -> HttpRequest.POST(base + "/activate", Map.of()).bearerAuth(token),
                token -> HttpRequest.POST(base + "/close", Map.of()).bearerAuth(token),
                token -> HttpRequest.POST(base + "/enrolment-code", Map.of()).bearerAuth(token),
                token -> HttpRequest.GET(base + "/history").bearerAuth(token),
                token -> HttpRequest.POST(base + "/eligibility?mode=REPLACE", "email\nx@y.org\n".getBytes()).contentType("text/csv").bearerAuth(token),
                token -> HttpRequest.GET(base + "/statements").bearerAuth(token),
                token -> HttpRequest.GET(base + "/statements/" + month).bearerAuth(token),
                token -> HttpRequest.GET(base + "/statements/" + month + ".csv").bearerAuth(token));
    }

    @Test
    void anotherEmployersHrAdminFindsNothing() {
        String desertBloom = api.accessToken(Api.OTHER_HR_ADMIN);
        for (Function<String, MutableHttpRequest<?>> route : everyProgrammeRoute()) {
            MutableHttpRequest<?> request = route.apply(desertBloom);
            Reply reply = api.send(request);
            assertEquals(404, reply.status(), request.getMethodName() + " " + request.getPath() + ": " + reply.body());
            assertFalse(reply.body().contains(sierraName));
        }
        assertFalse(api.get("/api/sponsorship/programmes", desertBloom).body().contains(sierraProgramme));
    }

    @Test
    void noOtherRoleReachesProgrammes() {
        for (String email : List.of(Api.PLATFORM_ADMIN, Api.MEMBER, Api.PROVIDER)) {
            String token = api.accessToken(email);
            assertEquals(403, api.get("/api/sponsorship/programmes", token).status(), email);
            for (Function<String, MutableHttpRequest<?>> route : everyProgrammeRoute()) {
                MutableHttpRequest<?> request = route.apply(token);
                assertEquals(403, api.send(request).status(), email + " " + request.getMethodName() + " " + request.getPath());
            }
        }
    }

    @Test
    void anonymousCallersAreAskedToSignIn() {
        for (Function<String, MutableHttpRequest<?>> route : everyProgrammeRoute()) {
            MutableHttpRequest<?> request = route.apply("not-a-token");
            assertEquals(401, api.send(request).status(), request.getPath());
        }
    }
}
