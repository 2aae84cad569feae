package com.kapbenefit.portal.screening;

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

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ConsentAndScreeningTest {

    private static final List<String> KINDS = List.of("TELEHEALTH", "CARE_COORDINATION", "RELEASE_OF_INFORMATION", "EMPLOYER_REPORTS");

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;

    Api api;
    String member;
    String accountId;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        member = Members.enrolFresh(api);
        accountId = (String) api.get("/api/identity/me", member).map().get("id");
    }

    @Test
    void aMemberConsentsThenAnswersTheQuestionnairesAndMovesOnToClearance() {
        assertEquals(List.of("NOT_ACCEPTED"), consents().stream().map(c -> c.get("status")).distinct().toList());
        Reply tooEarly = respond("GAD7", Collections.nCopies(7, 1));
        assertEquals(409, tooEarly.status());
        assertEquals("/problems/consent-required", tooEarly.map().get("type"));

        acceptAll();
        assertEquals("CURRENT", step("screening"));

        Reply phq9 = respond("PHQ9", List.of(2, 2, 1, 1, 0, 1, 0, 0, 1));
        assertEquals(201, phq9.status(), phq9.body());
        assertEquals(8, phq9.map().get("total"));
        assertEquals("MILD", phq9.map().get("band"));
        assertEquals(true, phq9.map().get("crisis"), "item 9 above zero is the crisis path");
        assertEquals(1, database.count("SELECT COUNT(*) FROM screening_flag WHERE account_id = ? AND kind = 'URGENT_SELF_HARM'", accountId));

        assertEquals("MODERATE", respond("GAD7", List.of(2, 2, 2, 2, 1, 1, 1)).map().get("band"));
        assertEquals("PROBABLE_PTSD", respond("PCL5", Collections.nCopies(20, 2)).map().get("band"));
        Reply health = api.post("/api/screening/responses", Map.of("instrument", "CONTRAINDICATIONS",
                "answers", List.of(0, 0, 1, 0, 0, 0, 0), "details", "amlodipine 5 mg"), member);
        assertEquals("PRESCRIBER_REVIEW", health.map().get("band"));
        assertEquals(List.of("HEART_OR_BLOOD_PRESSURE"), health.map().get("reasons"));
        assertEquals(true, health.map().get("flaggedForReview"));

        assertEquals("CURRENT", step("clearance"));
        Map<String, Object> mine = api.get("/api/screening/me", member).map();
        assertEquals(List.of("PHQ9", "GAD7", "PCL5", "CONTRAINDICATIONS"), mine.get("completed"));
        assertEquals("0,0,1,0,0,0,0", database.one("SELECT answers FROM questionnaire_response WHERE account_id = ? AND instrument = 'CONTRAINDICATIONS'", accountId),
                "item-level answers are stored");
    }

    @Test
    void answersOfTheWrongShapeAreRefusedAndNothingIsStored() {
        acceptAll();
        Reply tooFew = respond("PHQ9", List.of(1, 1, 1));
        assertEquals(400, tooFew.status());
        assertEquals("answers", ((Map<?, ?>) ((List<?>) tooFew.map().get("errors")).get(0)).get("field"));
        assertEquals(400, respond("PCL5", Collections.nCopies(20, 5)).status());
        assertEquals(0, database.count("SELECT COUNT(*) FROM questionnaire_response WHERE account_id = ?", accountId));
    }

    @Test
    void aNewVersionIsOfferedWhileTheOldAcceptanceStaysValidAndRevokingStopsAtOnce() {
        acceptAll();
        Reply published = api.post("/api/consents/documents", Map.of("kind", "TELEHEALTH",
                "titleEn", "Consent to telehealth (2027)", "bodyEn", "Updated text.",
                "titleEs", "Consentimiento para telesalud (2027)", "bodyEs", "Texto actualizado."), api.accessToken(Api.PLATFORM_ADMIN));
        assertEquals(201, published.status(), published.body());
        int newVersion = (Integer) published.map().get("version");

        Map<String, Object> telehealth = consent("TELEHEALTH", "es");
        assertEquals("ACCEPTED_EARLIER_VERSION", telehealth.get("status"));
        assertEquals("Consentimiento para telesalud (2027)", telehealth.get("title"));
        assertEquals(201, respond("GAD7", Collections.nCopies(7, 0)).status(), "the earlier acceptance is still in force");

        assertEquals(409, api.post("/api/consents/TELEHEALTH/accept", Map.of("version", newVersion - 1), member).status());
        assertEquals("ACCEPTED", api.post("/api/consents/TELEHEALTH/accept", Map.of("version", newVersion), member).map().get("status"));

        assertEquals("REVOKED", api.post("/api/consents/RELEASE_OF_INFORMATION/revoke", Map.of(), member).map().get("status"));
        assertEquals(409, respond("PCL5", Collections.nCopies(20, 0)).status());
        assertEquals("CURRENT", step("consent"));
    }

    @Test
    void nobodyButTheMemberReachesConsentsOrScreening() {
        for (String email : List.of(Api.HR_ADMIN, Api.PLATFORM_ADMIN, Api.PROVIDER)) {
            String token = api.accessToken(email);
            assertEquals(403, api.get("/api/consents", token).status(), email);
            assertEquals(403, api.get("/api/screening/me", token).status(), email);
            assertEquals(403, api.post("/api/screening/responses", Map.of("instrument", "PHQ9", "answers", Collections.nCopies(9, 0)), token).status(), email);
            assertEquals(403, api.post("/api/consents/TELEHEALTH/accept", Map.of("version", 1), token).status(), email);
        }
        assertEquals(403, api.post("/api/consents/documents", Map.of(), member).status());
    }

    private void acceptAll() {
        for (Map<String, Object> consent : consents()) {
            Reply accepted = api.post("/api/consents/" + consent.get("kind") + "/accept", Map.of("version", consent.get("version")), member);
            assertEquals("ACCEPTED", accepted.map().get("status"), accepted.body());
        }
        assertTrue(consents().stream().allMatch(c -> c.get("status").equals("ACCEPTED")));
    }

    private List<Map<String, Object>> consents() {
        List<Map<String, Object>> all = api.get("/api/consents", member).list();
        assertEquals(KINDS, all.stream().map(c -> c.get("kind")).toList());
        return all;
    }

    private Map<String, Object> consent(String kind, String language) {
        return api.get("/api/consents?language=" + language, member).list().stream()
                .filter(c -> c.get("kind").equals(kind)).findFirst().orElseThrow();
    }

    private Reply respond(String instrument, List<Integer> answers) {
        return api.post("/api/screening/responses", Map.of("instrument", instrument, "answers", answers), member);
    }

    private String step(String key) {
        List<?> steps = (List<?>) api.get("/api/journey/me", member).map().get("steps");
        return steps.stream().map(s -> (Map<?, ?>) s).filter(s -> s.get("key").equals(key)).findFirst().orElseThrow().get("status").toString();
    }
}
