package com.kapbenefit.portal.audit;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuditLogTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;
    @Inject
    AuditTrail audit;

    @Test
    void signInsIdentityReadsAndConsentsAreChainedAndAnInsertedRowBreaksTheChainThere() {
        Api api = new Api(httpClient, json);
        long before = database.count("SELECT COUNT(*) FROM audit_event");
        api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", Api.MEMBER, "password", "not the password")));
        Members.Member member = Members.enrol(api);
        String accountId = Members.accountId(api, member);
        api.get("/api/enrolment/me/identity", member.accessToken());
        api.post("/api/consents/RELEASE_OF_INFORMATION/revoke", Map.of(), member.accessToken());

        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE action = 'identity.sign-in' AND outcome = 'DENIED' "
                + "AND id > ?", before));
        assertTrue(database.count("SELECT COUNT(*) FROM audit_event WHERE action = 'identity.sign-in' AND outcome = 'ALLOWED' "
                + "AND actor_account_id = ?", accountId) >= 1);
        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE action = 'identity.read' AND subject_ref = ?", accountId));
        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE action = 'consent.revoke' AND subject_ref = ?", accountId));

        List<Map<String, Object>> views = api.get("/api/enrolment/me/identity/views", member.accessToken()).list();
        assertEquals("You", views.get(0).get("viewer"));
        assertEquals("member viewing own details", views.get(0).get("purpose"));

        String operator = api.accessToken(Api.PLATFORM_ADMIN);
        Map<String, Object> intact = api.get("/api/audit/verify", operator).map();
        assertEquals(true, intact.get("intact"), intact.toString());

        if (database.productName().toLowerCase().matches(".*(mysql|mariadb).*")) {
            assertThrows(IllegalStateException.class, () -> database.update("UPDATE audit_event SET detail = 'edited' WHERE id = ?",
                    database.one("SELECT MAX(id) FROM audit_event")), "even the portal's own user cannot rewrite the log");
            assertThrows(IllegalStateException.class, () -> database.update("DELETE FROM audit_event"));
        }
        String head = database.one("SELECT last_hash FROM audit_chain_head WHERE id = 1");
        database.update("INSERT INTO audit_event (occurred_at, actor_account_id, actor_role, action, subject_ref, outcome, detail, "
                + "previous_hash, hash) VALUES (?, NULL, NULL, 'forged', NULL, 'ALLOWED', NULL, ?, ?)",
                java.sql.Timestamp.from(Instant.now()), head, "f".repeat(64));
        long forged = Long.parseLong(database.one("SELECT MAX(id) FROM audit_event"));
        Map<String, Object> broken = api.get("/api/audit/verify", operator).map();
        assertEquals(false, broken.get("intact"));
        assertEquals(forged, ((Number) broken.get("firstBrokenId")).longValue());
        if (!database.productName().toLowerCase().matches(".*(mysql|mariadb).*")) {
            database.update("DELETE FROM audit_event WHERE id = ?", forged);
        }
    }

    @Test
    void eachAuditRowNamesTheRequestThatCausedItAndTheAnswerCarriesTheSameId() {
        Api api = new Api(httpClient, json);
        Api.Reply offered = api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", Api.MEMBER, "password", "wrong one"))
                .header("X-Request-Id", "ingress-7f3a9c21"));
        assertEquals("ingress-7f3a9c21", offered.header("X-Request-Id").orElseThrow());
        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE request_id = 'ingress-7f3a9c21' "
                + "AND action = 'identity.sign-in' AND outcome = 'DENIED'"));

        Api.Reply hostile = api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", Api.MEMBER, "password", "wrong again"))
                .header("X-Request-Id", "<script>alert(1)</script>"));
        String assigned = hostile.header("X-Request-Id").orElseThrow();
        assertTrue(assigned.matches("[0-9a-f-]{36}"), "an unacceptable id is replaced, not stored: " + assigned);
        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE request_id = ?", assigned));
        assertEquals(0, database.count("SELECT COUNT(*) FROM audit_event WHERE request_id LIKE '%script%'"));
    }

    @Test
    void everyRefusalOfASignedInCallerIsRecordedWithTheIdAskedFor() {
        Api api = new Api(httpClient, json);
        String hr = api.accessToken(Api.HR_ADMIN);
        String otherHr = api.accessToken(Api.OTHER_HR_ADMIN);
        String programme = com.kapbenefit.portal.support.ProgrammeFixtures.activeProgramme(api, hr, "Audited " + java.util.UUID.randomUUID(), 5);
        String otherHrId = (String) api.get("/api/identity/me", otherHr).map().get("id");

        assertEquals(404, api.get("/api/sponsorship/programmes/" + programme, otherHr).status());
        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE action = 'access.denied' AND outcome = 'DENIED' "
                + "AND actor_account_id = ? AND actor_role = 'HR_ADMIN' AND subject_ref = ? "
                + "AND detail = 'GET /api/sponsorship/programmes/{programmeId} answered 404' AND request_id IS NOT NULL", otherHrId, programme));

        long before = database.count("SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ? AND action = 'access.denied'", otherHrId);
        assertEquals(403, api.get("/api/journey/me", otherHr).status(), "an HR admin on a member's page");
        assertEquals(before + 1, database.count("SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ? AND action = 'access.denied'",
                otherHrId));
        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE actor_account_id = ? AND action = 'access.denied' "
                + "AND detail = 'GET /api/journey/me answered 403'", otherHrId));

        Members.Member member = Members.enrol(api);
        String memberId = Members.accountId(api, member);
        String unknownSession = java.util.UUID.randomUUID().toString();
        assertEquals(404, api.post("/api/care/sessions/" + unknownSession + "/cancel", Map.of("reason", "Not mine"), member.accessToken()).status());
        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE action = 'access.denied' AND actor_account_id = ? "
                + "AND subject_ref = ?", memberId, unknownSession));
        assertEquals(200, api.get("/api/journey/me", member.accessToken()).status());
        assertEquals(1, database.count("SELECT COUNT(*) FROM audit_event WHERE action = 'access.denied' AND actor_account_id = ?", memberId),
                "allowed requests leave no refusal");
    }
}
