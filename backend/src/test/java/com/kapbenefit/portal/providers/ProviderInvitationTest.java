package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ProviderInvitationTest {

    private static final String PASSWORD = "a prescriber's passphrase";

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    Api api;
    String operator;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        operator = api.accessToken(Api.PLATFORM_ADMIN);
    }

    @Test
    void anInvitedProviderJoinsOnceWithAnEmptyPracticeAndNoLicenceThatCounts() {
        String email = "dr-" + UUID.randomUUID() + "@practice.example";
        Reply invited = api.post("/api/providers/invitations",
                Map.of("email", email, "displayName", "Dr. Ana Flores", "kind", "PRESCRIBER"), operator);
        assertEquals(201, invited.status(), invited.body());
        String link = ((String) invited.map().get("acceptPath")).replace("/invitations/provider/", "/api/provider-invitations/");

        Map<String, Object> preview = api.send(HttpRequest.GET(link)).map();
        assertEquals("PRESCRIBER", preview.get("kind"));
        assertEquals("Dr. Ana Flores", preview.get("displayName"));
        assertEquals(400, api.send(HttpRequest.POST(link + "/accept", Map.of("password", "short"))).status());
        assertEquals(201, api.send(HttpRequest.POST(link + "/accept", Map.of("password", PASSWORD))).status());
        Reply reused = api.send(HttpRequest.POST(link + "/accept", Map.of("password", PASSWORD)));
        assertEquals(404, reused.status());
        assertTrue(reused.body().contains("/problems/invitation-invalid"), reused.body());

        String token = (String) api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", email, "password", PASSWORD)))
                .map().get("accessToken");
        Map<String, Object> profile = api.get("/api/providers/me", token).map();
        assertEquals("PRESCRIBER", profile.get("kind"));
        assertEquals(List.of(), profile.get("licences"));
        assertTrue(api.get("/api/clearance/queue", token).list().isEmpty(), "no verified licence, no cases");

        List<Map<String, Object>> invitations = api.get("/api/providers/invitations", operator).list();
        assertEquals("ACCEPTED", invitations.stream().filter(row -> row.get("email").equals(email)).findFirst().orElseThrow().get("status"));
    }

    @Test
    void onlyTheOperatorInvitesAndAnExistingAccountCannotBeInvitedAgain() {
        Map<String, Object> request = Map.of("email", Api.PROVIDER, "displayName", "Elena again", "kind", "PSYCHOTHERAPIST");
        assertEquals(409, api.post("/api/providers/invitations", request, operator).status());
        assertEquals(403, api.post("/api/providers/invitations", request, api.accessToken(Api.HR_ADMIN)).status());
        assertEquals(403, api.post("/api/providers/invitations", request, api.accessToken(Api.PROVIDER)).status());
        Reply invalid = api.post("/api/providers/invitations", Map.of("email", "not-an-email", "displayName", "", "kind", "NURSE"), operator);
        assertEquals(400, invalid.status());

        Reply invited = api.post("/api/providers/invitations",
                Map.of("email", "later-" + UUID.randomUUID() + "@practice.example", "displayName", "Later", "kind", "PSYCHOTHERAPIST"), operator);
        String id = (String) invited.map().get("id");
        assertEquals(204, api.send(HttpRequest.DELETE("/api/providers/invitations/" + id).bearerAuth(operator)).status());
        String link = ((String) invited.map().get("acceptPath")).replace("/invitations/provider/", "/api/provider-invitations/");
        assertEquals(404, api.send(HttpRequest.GET(link)).status(), "a revoked link no longer opens");
        assertEquals(404, api.send(HttpRequest.DELETE("/api/providers/invitations/" + id).bearerAuth(operator)).status());
    }
}
