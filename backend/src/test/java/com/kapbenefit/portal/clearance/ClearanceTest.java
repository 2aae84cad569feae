package com.kapbenefit.portal.clearance;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ClearanceTest {

    private static final String ALL_STATES_PRESCRIBER = "prescriber@kap.example";
    private static final String CALIFORNIA_PRESCRIBER = "prescriber.es@kap.example";

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
    }

    @Test
    void aScreenedMemberIsQueuedUrgentlyAndExactlyOneOfTwoRacingPrescribersTakesTheCase() throws Exception {
        String member = screenedMember("CA", true, false);
        String caseId = caseIdIn(ALL_STATES_PRESCRIBER, member);
        Map<String, Object> queued = queueRow(CALIFORNIA_PRESCRIBER, caseId);
        assertEquals(true, queued.get("urgent"));
        assertFalse(queued.containsKey("identity"), "the queue never shows identity");
        assertEquals(403, api.get("/api/clearance/queue", api.accessToken(Api.PROVIDER)).status(), "psychotherapists do not clear");
        assertEquals(403, api.get("/api/clearance/queue", api.accessToken(Api.HR_ADMIN)).status());

        String first = api.accessToken(ALL_STATES_PRESCRIBER);
        String second = api.accessToken(CALIFORNIA_PRESCRIBER);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Reply> a = CompletableFuture.supplyAsync(() -> acceptAfter(start, first, caseId));
        CompletableFuture<Reply> b = CompletableFuture.supplyAsync(() -> acceptAfter(start, second, caseId));
        start.countDown();
        List<Integer> statuses = List.of(a.get().status(), b.get().status());
        assertTrue(statuses.contains(200) && statuses.contains(409), statuses.toString());
        String winner = a.get().status() == 200 ? first : second;
        String loser = winner.equals(first) ? second : first;
        assertEquals(404, api.get("/api/clearance/cases/" + caseId, loser).status(), "only the prescriber holding the case opens it");
    }

    @Test
    void thePrescriberSeesIdentityWithConsentRecordsTheViewAndClearsTheMember() {
        String member = screenedMember("CA", false, false);
        String prescriber = api.accessToken(ALL_STATES_PRESCRIBER);
        String caseId = caseIdIn(ALL_STATES_PRESCRIBER, member);
        long reads = database.count("SELECT COUNT(*) FROM identity_vault_read WHERE reader_role = 'PROVIDER'");

        Map<String, Object> detail = api.post("/api/clearance/cases/" + caseId + "/accept", Map.of(), prescriber).map();
        assertEquals("Test Member", ((Map<?, ?>) detail.get("identity")).get("legalName"));
        assertEquals(List.of("HEART_OR_BLOOD_PRESSURE"), detail.get("reviewReasons"));
        assertEquals(reads + 1, database.count("SELECT COUNT(*) FROM identity_vault_read WHERE reader_role = 'PROVIDER'"));

        assertEquals(List.of("setting"), fields(api.post("/api/clearance/cases/" + caseId + "/decision", Map.of("outcome", "CLEARED"), prescriber)));
        assertEquals(List.of("messageToMember"), fields(api.post("/api/clearance/cases/" + caseId + "/decision", Map.of("outcome", "NOT_CLEARED"), prescriber)));
        Reply cleared = api.post("/api/clearance/cases/" + caseId + "/decision", Map.of("outcome", "CLEARED", "setting", "HOME_WITH_SITTER"), prescriber);
        assertEquals("CLEARED", cleared.map().get("status"), cleared.body());
        assertEquals(409, api.post("/api/clearance/cases/" + caseId + "/decision", Map.of("outcome", "MORE_INFORMATION", "messageToMember", "x"), prescriber).status());

        Map<String, Object> mine = api.get("/api/clearance/me", member).map();
        assertEquals("CLEARED", mine.get("status"));
        assertEquals("HOME_WITH_SITTER", mine.get("setting"));
        List<?> steps = (List<?>) api.get("/api/journey/me", member).map().get("steps");
        assertEquals(Map.of("key", "routing", "status", "CURRENT"), steps.get(5));
    }

    @Test
    void withoutConsentToReleaseInformationTheIdentityStaysSealed() {
        String member = screenedMember("CA", false, true);
        String prescriber = api.accessToken(ALL_STATES_PRESCRIBER);
        String caseId = caseIdIn(ALL_STATES_PRESCRIBER, member);
        long reads = database.count("SELECT COUNT(*) FROM identity_vault_read");
        Map<String, Object> detail = api.post("/api/clearance/cases/" + caseId + "/accept", Map.of(), prescriber).map();
        assertNull(detail.get("identity"));
        assertEquals(true, detail.get("identityWithheld"));
        assertEquals(reads, database.count("SELECT COUNT(*) FROM identity_vault_read"));
    }

    @Test
    void onlyPrescribersLicensedInTheMembersStateSeeTheCase() {
        String member = screenedMember("NY", false, false);
        String caseId = caseIdIn(ALL_STATES_PRESCRIBER, member);
        assertFalse(api.get("/api/clearance/queue", api.accessToken(CALIFORNIA_PRESCRIBER)).list().stream()
                .anyMatch(row -> row.get("id").equals(caseId)));
        assertEquals(404, api.post("/api/clearance/cases/" + caseId + "/accept", Map.of(), api.accessToken(CALIFORNIA_PRESCRIBER)).status());
        assertEquals(404, api.get("/api/clearance/me", api.accessToken(Api.MEMBER)).status(), "no case before the questionnaires");
    }

    private String screenedMember(String state, boolean selfHarmAnswer, boolean revokeRelease) {
        return Members.screened(api, state, selfHarmAnswer, revokeRelease).accessToken();
    }

    private String caseIdIn(String prescriberEmail, String member) {
        String pseudonym = (String) api.get("/api/identity/me", member).map().get("displayName");
        String accountId = (String) api.get("/api/identity/me", member).map().get("id");
        String caseId = database.one("SELECT id FROM clearance_case WHERE account_id = ?", accountId);
        Map<String, Object> row = queueRow(prescriberEmail, caseId);
        assertEquals(pseudonym, row.get("pseudonym"));
        return caseId;
    }

    private Map<String, Object> queueRow(String prescriberEmail, String caseId) {
        return api.get("/api/clearance/queue", api.accessToken(prescriberEmail)).list().stream()
                .filter(row -> row.get("id").equals(caseId)).findFirst().orElseThrow();
    }

    private Reply acceptAfter(CountDownLatch start, String token, String caseId) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return api.post("/api/clearance/cases/" + caseId + "/accept", Map.of(), token);
    }

    private static List<String> fields(Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        return ((List<?>) reply.map().get("errors")).stream().map(e -> (String) ((Map<?, ?>) e).get("field")).toList();
    }
}
