package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.TestClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class EmployerOnboardingTest {

    private static final String PASSWORD = "a brand new passphrase";

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;

    Api api;
    String operator;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        operator = api.accessToken(Api.PLATFORM_ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theOperatorOnboardsAnEmployerWhoseFirstHrAdminJoinsByASingleUseLink() {
        String employerId = onboard("Juniper Candle Co.");
        String email = "first.hr-" + UUID.randomUUID() + "@junipercandle.example";
        Reply invited = api.post("/api/employers/" + employerId + "/invitations", Map.of("email", email, "displayName", "Mae Porter"), operator);
        assertEquals(201, invited.status(), invited.body());
        String token = invited.map().get("acceptPath").toString().substring("/invitations/".length());

        Reply preview = api.get("/api/invitations/" + token, null);
        assertEquals("Juniper Candle Co.", preview.map().get("employerDisplayName"));
        assertEquals(email, preview.map().get("email"));

        Reply tooShort = api.post("/api/invitations/" + token + "/accept", Map.of("password", "short"), null);
        assertEquals(400, tooShort.status());
        assertEquals("password", ((Map<?, ?>) ((List<?>) tooShort.map().get("errors")).get(0)).get("field"));

        assertEquals(201, api.send(HttpRequest.POST("/api/invitations/" + token + "/accept", Map.of("password", PASSWORD))).status());
        Reply reused = api.send(HttpRequest.POST("/api/invitations/" + token + "/accept", Map.of("password", PASSWORD)));
        assertEquals(404, reused.status());
        assertEquals("/problems/invitation-invalid", reused.map().get("type"));

        String hr = signIn(email);
        Map<String, Object> me = api.get("/api/identity/me", hr).map();
        assertEquals("HR_ADMIN", me.get("role"));
        assertEquals("Juniper Candle Co.", ((Map<?, ?>) me.get("employer")).get("displayName"));
        assertEquals("ACCEPTED", api.get("/api/employers/" + employerId + "/invitations", operator).list().get(0).get("status"));
    }

    @Test
    void anInvitationExpiresAndCanBeRevoked() {
        String employerId = onboard("Expiring Ltd");
        Reply expiring = invite(employerId, "late-" + UUID.randomUUID() + "@expiring.example");
        Reply revoked = invite(employerId, "revoked-" + UUID.randomUUID() + "@expiring.example");
        assertEquals(204, api.send(HttpRequest.DELETE("/api/employers/" + employerId + "/invitations/" + revoked.map().get("id")).bearerAuth(operator)).status());
        assertEquals(404, api.get("/api/invitations/" + token(revoked), null).status());

        clock.advance(Duration.ofHours(73));
        assertEquals(404, api.get("/api/invitations/" + token(expiring), null).status());
        assertEquals(404, api.send(HttpRequest.POST("/api/invitations/" + token(expiring) + "/accept", Map.of("password", PASSWORD))).status());
    }

    @Test
    void hrAdminsInviteAndDeactivateTheirOwnTeamButNeverThemselvesOrAnotherEmployersPeople() {
        String employerId = onboard("Team Test Inc");
        String firstEmail = "lead-" + UUID.randomUUID() + "@teamtest.example";
        accept(invite(employerId, firstEmail));
        String lead = signIn(firstEmail);

        String secondEmail = "peer-" + UUID.randomUUID() + "@teamtest.example";
        Reply invitedByHr = api.post("/api/employers/current/invitations", Map.of("email", secondEmail, "displayName", "Peer"), lead);
        assertEquals(201, invitedByHr.status(), invitedByHr.body());
        accept(invitedByHr);
        signIn(secondEmail);

        List<Map<String, Object>> team = api.get("/api/employers/current/hr-admins", lead).list();
        assertEquals(2, team.size());
        String leadId = (String) team.stream().filter(admin -> (Boolean) admin.get("you")).findFirst().orElseThrow().get("id");
        String peerId = (String) team.stream().filter(admin -> !(Boolean) admin.get("you")).findFirst().orElseThrow().get("id");

        assertEquals(409, api.post("/api/employers/current/hr-admins/" + leadId + "/deactivate", Map.of(), lead).status());
        String otherEmployerHr = api.accessToken(Api.HR_ADMIN);
        assertEquals(404, api.post("/api/employers/current/hr-admins/" + peerId + "/deactivate", Map.of(), otherEmployerHr).status());
        assertEquals(404, api.send(HttpRequest.DELETE("/api/employers/current/invitations/" + invitedByHr.map().get("id")).bearerAuth(otherEmployerHr)).status());

        assertEquals(204, api.post("/api/employers/current/hr-admins/" + peerId + "/deactivate", Map.of(), lead).status());
        assertEquals(403, signInReply(secondEmail).status());
    }

    @Test
    void suspendingAnEmployerFreezesItsHrAdminsButNotItsMembersAndDeletesNothing() {
        Map<String, Object> sierra = api.get("/api/employers", operator).list().stream()
                .filter(e -> e.get("displayName").equals("Sierra Soap Works")).findFirst().orElseThrow();
        String id = (String) sierra.get("id");
        try {
            assertEquals("SUSPENDED", api.post("/api/employers/" + id + "/suspend", Map.of(), operator).map().get("status"));
            Reply refused = signInReply(Api.HR_ADMIN);
            assertEquals(403, refused.status());
            assertEquals("/problems/account-disabled", refused.map().get("type"));
            assertEquals(200, signInReply(Api.MEMBER).status(), "members keep their care");
        } finally {
            assertEquals("ACTIVE", api.post("/api/employers/" + id + "/reactivate", Map.of(), operator).map().get("status"));
        }
        assertEquals(200, signInReply(Api.HR_ADMIN).status());
    }

    @Test
    void onboardingValidatesEveryField() {
        Reply reply = api.post("/api/employers", Map.of("legalName", "", "displayName", "x".repeat(121),
                "contactName", "Ok", "contactEmail", "nope", "billingEmail", "billing@ok.example"), operator);
        assertEquals(400, reply.status());
        List<?> fields = ((List<?>) reply.map().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).sorted().toList();
        assertEquals(List.of("contactEmail", "displayName", "legalName"), fields);
        assertEquals(403, api.post("/api/employers", Map.of(), api.accessToken(Api.HR_ADMIN)).status());
    }

    private String onboard(String name) {
        Reply created = api.post("/api/employers", Map.of("legalName", name + " LLC", "displayName", name,
                "contactName", "Pat Contact", "contactEmail", "pat@contact.example", "billingEmail", "ap@contact.example"), operator);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").orElseThrow().startsWith("/api/employers/"));
        return (String) created.map().get("id");
    }

    private Reply invite(String employerId, String email) {
        Reply invited = api.post("/api/employers/" + employerId + "/invitations", Map.of("email", email, "displayName", "Invitee"), operator);
        assertEquals(201, invited.status(), invited.body());
        return invited;
    }

    private void accept(Reply invitation) {
        assertEquals(201, api.send(HttpRequest.POST("/api/invitations/" + token(invitation) + "/accept", Map.of("password", PASSWORD))).status());
    }

    private static String token(Reply invitation) {
        return invitation.map().get("acceptPath").toString().substring("/invitations/".length());
    }

    private Reply signInReply(String email) {
        String password = email.endsWith(".example") && !email.contains("-") ? Api.DEMO_PASSWORD : PASSWORD;
        return api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", email, "password", password)));
    }

    private String signIn(String email) {
        Reply reply = signInReply(email);
        assertEquals(200, reply.status(), reply.body());
        return (String) reply.map().get("accessToken");
    }
}
