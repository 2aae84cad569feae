package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import com.kapbenefit.portal.support.Members.Member;
import com.kapbenefit.portal.support.TestClock;
import com.kapbenefit.portal.support.Therapists;
import com.kapbenefit.portal.support.Therapists.Therapist;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routing among known therapists only: every other psychotherapist is set aside for each test. */
@MicronautTest(transactional = false)
class ReferralRoutingTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;
    @Inject
    TestClock clock;
    @Inject
    UnansweredReferrals unanswered;

    Api api;
    Therapists therapists;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        therapists = new Therapists(api, database).isolate();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        therapists.restore();
    }

    @Test
    void nothingReachesATherapistBeforeClearanceThenTheBestRankedOneIsChosenAndExplained() {
        Therapist laterSpanish = therapists.create("VT", List.of("en", "es"), 5, TODAY.plusDays(9));
        Therapist soonerSpanish = therapists.create("VT", List.of("es"), 5, TODAY.plusDays(3));
        Therapist soonestEnglish = therapists.create("VT", List.of("en"), 5, TODAY.plusDays(1));

        Member screened = Members.screened(api, "VT", false, false, List.of("CA", "NY", "UT", "VT"));
        Map<String, Object> waiting = api.get("/api/referrals/me", screened.accessToken()).map();
        assertEquals("AWAITING_CLEARANCE", waiting.get("status"));
        assertEquals(List.of("CLEARED"), conditions(waiting));
        assertEquals(0, database.count("SELECT COUNT(*) FROM referral WHERE account_id = ?", Members.accountId(api, screened)));

        Member spanish = Members.cleared(api, "VT", "es", false, false);
        Map<String, Object> routed = api.get("/api/referrals/me", spanish.accessToken()).map();
        assertEquals("AWAITING_THERAPIST", routed.get("status"), routed.toString());
        assertEquals(soonerSpanish.name(), therapist(routed).get("displayName"));
        assertEquals(List.of("LICENSED_IN_STATE=VT", "SPEAKS_LANGUAGE=es", "EARLIEST_AVAILABILITY=" + TODAY.plusDays(3),
                "ROOM_FOR_NEW_MEMBERS=5", "RANKED_FIRST=3"), reasons(routed));

        Member noPreference = Members.cleared(api, "VT", null, false, false);
        Map<String, Object> earliest = api.get("/api/referrals/me", noPreference.accessToken()).map();
        assertEquals(soonestEnglish.name(), therapist(earliest).get("displayName"));
        assertTrue(reasons(earliest).contains("EARLIEST_AVAILABILITY=" + TODAY.plusDays(1)), reasons(earliest).toString());

        List<Map<String, Object>> options = api.get("/api/referrals/me/options", spanish.accessToken()).list();
        assertEquals(List.of(soonerSpanish.name(), laterSpanish.name(), soonestEnglish.name()),
                options.stream().map(option -> ((Map<?, ?>) option.get("therapist")).get("displayName")).toList());
        assertEquals(true, options.get(0).get("current"));
    }

    @Test
    void everyConditionThatFailsIsNamedToTheMember() {
        Member consentRevoked = Members.cleared(api, "VT", null, false, true);
        therapists.create("VT", List.of("en"), 5, TODAY);
        assertEquals(List.of("CONSENT_RELEASE"), conditions(api.get("/api/referrals/me", consentRevoked.accessToken()).map()));
        grantReleaseAgain(consentRevoked);
        assertEquals("AWAITING_THERAPIST", api.post("/api/referrals/me/route", Map.of(), consentRevoked.accessToken()).map().get("status"));

        Member utahNotCovered = Members.screened(api, "UT", false, false);
        Member clearedElsewhere = Members.cleared(api, "VT", null, false, false);
        api.put("/api/enrolment/me/location", Map.of("state", "OTHER"), clearedElsewhere.accessToken());
        Map<String, Object> elsewhere = api.get("/api/referrals/me", clearedElsewhere.accessToken()).map();
        assertEquals("BLOCKED", elsewhere.get("status"));
        assertEquals(List.of("LOCATION_SUPPORTED"), conditions(elsewhere));
        assertEquals(List.of("CLEARED", "PROGRAMME_COVERS_STATE"), conditions(api.get("/api/referrals/me", utahNotCovered.accessToken()).map()),
                "every failing condition is named, not just the first");

        Member withdrawn = Members.cleared(api, "UT", null, false, false);
        api.post("/api/enrolment/me/withdraw", Map.of(), withdrawn.accessToken());
        assertEquals(List.of("ENROLMENT_ACTIVE"), conditions(api.get("/api/referrals/me", withdrawn.accessToken()).map()));

        Member nobodyLicensed = Members.cleared(api, "NY", null, false, false);
        Map<String, Object> noTherapist = api.get("/api/referrals/me", nobodyLicensed.accessToken()).map();
        assertEquals(List.of("THERAPIST_LICENSED"), conditions(noTherapist));
        assertTrue(((Map<?, ?>) ((List<?>) noTherapist.get("unmetConditions")).get(0)).get("message").toString().contains("New York"));
    }

    @Test
    void aProgrammeThatDoesNotCoverTheMembersStateStopsTheReferral() {
        therapists.create("UT", List.of("en"), 5, TODAY);
        Member member = Members.cleared(api, "VT", null, false, false);
        api.put("/api/enrolment/me/location", Map.of("state", "UT"), member.accessToken());
        assertEquals("AWAITING_THERAPIST", api.get("/api/referrals/me", member.accessToken()).map().get("status"));

        Member narrow = Members.screened(api, "UT", false, false);
        database.update("UPDATE clearance_case SET status = 'CLEARED', setting = 'HOME_WITH_SITTER' WHERE account_id = ?",
                Members.accountId(api, narrow));
        Map<String, Object> blocked = api.get("/api/referrals/me", narrow.accessToken()).map();
        assertEquals(List.of("PROGRAMME_COVERS_STATE"), conditions(blocked));
    }

    @Test
    void inUtahWithOnlyASpanishSpeakingTherapistTheLanguageWishDecides() {
        Therapist sofia = therapists.create("UT", List.of("es"), 5, TODAY);

        Member prefersEnglish = Members.cleared(api, "UT", "en", false, false);
        Map<String, Object> routed = api.get("/api/referrals/me", prefersEnglish.accessToken()).map();
        assertEquals(sofia.name(), therapist(routed).get("displayName"));
        assertTrue(reasons(routed).contains("NO_THERAPIST_SPEAKS_LANGUAGE=en"), reasons(routed).toString());

        Member needsEnglish = Members.cleared(api, "UT", "en", true, false);
        Map<String, Object> blocked = api.get("/api/referrals/me", needsEnglish.accessToken()).map();
        assertEquals(List.of("THERAPIST_LANGUAGE"), conditions(blocked));

        Member needsSpanish = Members.cleared(api, "UT", "es", true, false);
        assertTrue(reasons(api.get("/api/referrals/me", needsSpanish.accessToken()).map()).contains("SPEAKS_LANGUAGE=es"));

        Reply required = api.put("/api/referrals/me/preference", Map.of("languageRequired", true), needsEnglish.accessToken());
        assertEquals(400, required.status());
        assertTrue(required.body().contains("\"field\":\"language\""), required.body());
        assertEquals(400, api.put("/api/referrals/me/preference", Map.of("language", "english", "languageRequired", false),
                needsEnglish.accessToken()).status());
    }

    @Test
    void aTherapistAtCapacityGetsNoMoreAndTwoMembersRacingForTheLastPlaceGetOneEach() throws Exception {
        Therapist single = therapists.create("VT", List.of("en"), 1, TODAY);
        Member first = Members.cleared(api, "VT", null, false, true);
        Member second = Members.cleared(api, "VT", null, false, true);
        grantReleaseAgain(first);
        grantReleaseAgain(second);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Reply> a = CompletableFuture.supplyAsync(() -> routeAfter(start, first));
        CompletableFuture<Reply> b = CompletableFuture.supplyAsync(() -> routeAfter(start, second));
        start.countDown();
        List<Object> statuses = List.of(a.get().map().get("status"), b.get().map().get("status"));
        assertTrue(statuses.contains("AWAITING_THERAPIST") && statuses.contains("BLOCKED"), statuses.toString());
        Map<String, Object> loser = (a.get().map().get("status").equals("BLOCKED") ? a : b).get().map();
        assertEquals(List.of("THERAPIST_CAPACITY"), conditions(loser));
        assertEquals(1, database.count("SELECT COUNT(*) FROM referral WHERE therapist_id = ? AND open_account_id IS NOT NULL", single.id()));
    }

    @Test
    void aDeclineNeedsAReasonAndMovesTheReferralOnNeverBackToTheTherapistWhoDeclined() {
        Therapist first = therapists.create("VT", List.of("en"), 5, TODAY);
        Therapist second = therapists.create("VT", List.of("en"), 5, TODAY.plusDays(2));
        Member member = Members.cleared(api, "VT", null, false, false);
        String referralId = referralId(member);
        assertEquals(first.name(), therapist(api.get("/api/referrals/me", member.accessToken()).map()).get("displayName"));

        Map<String, Object> offered = api.get("/api/referrals/" + referralId, first.token()).map();
        assertNull(offered.get("identity"));
        assertEquals("NOT_ACCEPTED", offered.get("identityWithheld"));
        assertEquals("30-39", offered.get("ageBand"));
        assertEquals("HOME_WITH_SITTER", offered.get("setting"));

        Reply noReason = api.post("/api/referrals/" + referralId + "/decline", Map.of("reason", " "), first.token());
        assertEquals(400, noReason.status());
        assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());
        assertEquals("DECLINED", api.post("/api/referrals/" + referralId + "/decline",
                Map.of("reason", "My caseload is full this month"), first.token()).map().get("status"));

        assertTrue(api.get("/api/referrals/queue", first.token()).list().isEmpty());
        List<Map<String, Object>> queue = api.get("/api/referrals/queue", second.token()).list();
        assertEquals(1, queue.size());
        assertEquals(second.name(), therapist(api.get("/api/referrals/me", member.accessToken()).map()).get("displayName"));

        api.post("/api/referrals/" + queue.get(0).get("id") + "/decline", Map.of("reason", "Not my specialty"), second.token());
        assertEquals(List.of("THERAPIST_CAPACITY"), conditions(api.get("/api/referrals/me", member.accessToken()).map()),
                "no one who declined is asked again");
    }

    @Test
    void anAcceptanceAndADeclineRacingForOneReferralGiveOneAnswerEach() throws Exception {
        Therapist therapist = therapists.create("VT", List.of("en"), 5, TODAY);
        therapists.create("VT", List.of("en"), 5, TODAY.plusDays(1));
        Member member = Members.cleared(api, "VT", null, false, false);
        String referralId = referralId(member);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Reply> accept = CompletableFuture.supplyAsync(() -> {
            await(start);
            return api.post("/api/referrals/" + referralId + "/accept", Map.of(), therapist.token());
        });
        CompletableFuture<Reply> decline = CompletableFuture.supplyAsync(() -> {
            await(start);
            return api.post("/api/referrals/" + referralId + "/decline", Map.of("reason", "Changed my mind"), therapist.token());
        });
        start.countDown();
        List<Integer> statuses = List.of(accept.get().status(), decline.get().status());
        assertTrue(statuses.contains(200) && statuses.contains(409), statuses.toString());
        String status = database.one("SELECT status FROM referral WHERE id = ?", referralId);
        assertEquals(accept.get().status() == 200 ? "ACCEPTED" : "DECLINED", status);
        assertEquals(1, database.count("SELECT COUNT(*) FROM referral WHERE account_id = ? AND open_account_id IS NOT NULL",
                Members.accountId(api, member)), "the member holds exactly one open referral either way");
    }

    @Test
    void aReferralUnansweredFor72HoursMovesOn() {
        Therapist silent = therapists.create("VT", List.of("en"), 5, TODAY);
        Therapist next = therapists.create("VT", List.of("en"), 5, TODAY.plusDays(1));
        Member member = Members.cleared(api, "VT", null, false, false);
        String referralId = referralId(member);
        assertEquals(silent.name(), therapist(api.get("/api/referrals/me", member.accessToken()).map()).get("displayName"));

        clock.advance(Duration.ofHours(71).plusMinutes(59));
        unanswered.passOnUnanswered();
        assertEquals("OFFERED", database.one("SELECT status FROM referral WHERE id = ?", referralId));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(unanswered.passOnUnanswered() >= 1);
        assertEquals("EXPIRED", database.one("SELECT status FROM referral WHERE id = ?", referralId));

        String token = Members.signIn(api, member);
        assertEquals(next.name(), therapist(api.get("/api/referrals/me", token).map()).get("displayName"));
        assertTrue(api.get("/api/referrals/queue", therapists.signIn(silent)).list().isEmpty());
    }

    @Test
    void aLicenceThatExpiredBetweenReferralAndAcceptancePassesTheReferralOn() {
        Therapist expiring = therapists.create("VT", List.of("en"), 5, TODAY, TODAY.plusDays(1));
        Therapist renewed = therapists.create("VT", List.of("en"), 5, TODAY.plusDays(5));
        Member member = Members.cleared(api, "VT", null, false, false);
        String referralId = referralId(member);

        clock.advance(Duration.ofDays(2));
        Reply accepted = api.post("/api/referrals/" + referralId + "/accept", Map.of(), therapists.signIn(expiring));
        assertEquals(409, accepted.status());
        assertTrue(accepted.body().contains("/problems/licence-not-valid"), accepted.body());

        Map<String, Object> mine = api.get("/api/referrals/me", Members.signIn(api, member)).map();
        assertEquals(renewed.name(), therapist(mine).get("displayName"));
        assertEquals("AWAITING_THERAPIST", mine.get("status"));
    }

    @Test
    void theAcceptingTherapistSeesContactDetailsOnlyWhileConsentIsInForceAndEachViewIsRecorded() {
        Therapist therapist = therapists.create("VT", List.of("en"), 5, TODAY);
        Member member = Members.cleared(api, "VT", null, false, false);
        String referralId = referralId(member);
        long reads = database.count("SELECT COUNT(*) FROM identity_vault_read WHERE reader_account_id = "
                + "(SELECT account_id FROM provider_profile WHERE id = ?)", therapist.id());

        Map<String, Object> accepted = api.post("/api/referrals/" + referralId + "/accept", Map.of(), therapist.token()).map();
        assertEquals("ACCEPTED", accepted.get("status"));
        Map<?, ?> contact = (Map<?, ?>) accepted.get("identity");
        assertEquals("Test Member", contact.get("legalName"));
        assertEquals(member.email().toLowerCase(), contact.get("email"));
        assertEquals(reads + 1, database.count("SELECT COUNT(*) FROM identity_vault_read WHERE reader_account_id = "
                + "(SELECT account_id FROM provider_profile WHERE id = ?) AND purpose = 'psychotherapy referral'", therapist.id()));
        assertEquals("ACCEPTED", api.get("/api/referrals/me", member.accessToken()).map().get("status"));
        assertEquals(1, api.get("/api/referrals/mine", therapist.token()).list().size());

        api.post("/api/consents/RELEASE_OF_INFORMATION/revoke", Map.of(), member.accessToken());
        Map<String, Object> revoked = api.get("/api/referrals/" + referralId, therapist.token()).map();
        assertNull(revoked.get("identity"));
        assertEquals("CONSENT_REVOKED", revoked.get("identityWithheld"));
        assertEquals(reads + 1, database.count("SELECT COUNT(*) FROM identity_vault_read WHERE reader_account_id = "
                + "(SELECT account_id FROM provider_profile WHERE id = ?)", therapist.id()), "no read without consent");
    }

    @Test
    void aMemberWhoMovesFromNewYorkToNewJerseyLosesTheReferralAndKeepsTheirTherapistOnReturning() {
        Therapist newYork = therapists.create("NY", List.of("en"), 5, TODAY.plusDays(4));
        therapists.create("NY", List.of("en"), 5, TODAY);
        Member member = Members.cleared(api, "NY", null, false, false);
        referralId(member);
        String chosen = (String) api.post("/api/referrals/me/change", Map.of("therapistId", newYork.id()), member.accessToken())
                .map().get("referralId");
        api.post("/api/referrals/" + chosen + "/accept", Map.of(), newYork.token());

        api.put("/api/enrolment/me/location", Map.of("state", "OTHER"), member.accessToken());
        Map<String, Object> away = api.get("/api/referrals/me", member.accessToken()).map();
        assertEquals(List.of("LOCATION_SUPPORTED"), conditions(away));
        Map<String, Object> ended = api.get("/api/referrals/" + chosen, newYork.token()).map();
        assertEquals("ENDED", ended.get("status"));
        assertNull(ended.get("identity"));
        assertTrue(api.get("/api/referrals/mine", newYork.token()).list().isEmpty());

        api.put("/api/enrolment/me/location", Map.of("state", "NY"), member.accessToken());
        Map<String, Object> back = api.get("/api/referrals/me", member.accessToken()).map();
        assertEquals(newYork.name(), therapist(back).get("displayName"));
        assertEquals("CONTINUITY", reasons(back).get(0));
    }

    @Test
    void theMemberMayChooseAnotherEligibleTherapistOrAskForTheNextOne() {
        Therapist best = therapists.create("VT", List.of("en"), 5, TODAY);
        Therapist other = therapists.create("VT", List.of("en"), 5, TODAY.plusDays(3));
        Therapist elsewhere = therapists.create("CA", List.of("en"), 5, TODAY);
        Member member = Members.cleared(api, "VT", null, false, false);

        Reply notEligible = api.post("/api/referrals/me/change", Map.of("therapistId", elsewhere.id()), member.accessToken());
        assertEquals(409, notEligible.status());
        assertTrue(notEligible.body().contains("/problems/therapist-not-eligible"), notEligible.body());

        Map<String, Object> chosen = api.post("/api/referrals/me/change", Map.of("therapistId", other.id()), member.accessToken()).map();
        assertEquals(other.name(), therapist(chosen).get("displayName"));
        assertEquals(true, chosen.get("chosenByMember"));
        assertEquals("MEMBER_CHOICE", reasons(chosen).get(0));
        assertTrue(api.get("/api/referrals/queue", best.token()).list().isEmpty());

        Map<String, Object> next = api.post("/api/referrals/me/change", Map.of("reason", "I would like someone else"), member.accessToken()).map();
        assertEquals(best.name(), therapist(next).get("displayName"));
        api.post("/api/providers/" + other.id() + "/suspend", Map.of(), api.accessToken(Api.PLATFORM_ADMIN));
        Reply none = api.post("/api/referrals/me/change", Map.of(), member.accessToken());
        assertEquals(409, none.status());
        assertTrue(none.body().contains("/problems/no-other-therapist"), none.body());
        assertEquals(best.name(), therapist(api.get("/api/referrals/me", member.accessToken()).map()).get("displayName"),
                "a refused change leaves the referral as it was");
    }

    @Test
    void suspendingATherapistReroutesTheirOpenReferrals() {
        Therapist suspended = therapists.create("VT", List.of("en"), 5, TODAY);
        Therapist next = therapists.create("VT", List.of("en"), 5, TODAY.plusDays(1));
        Member member = Members.cleared(api, "VT", null, false, false);
        api.post("/api/referrals/" + referralId(member) + "/accept", Map.of(), suspended.token());

        assertEquals(200, api.post("/api/providers/" + suspended.id() + "/suspend", Map.of(), api.accessToken(Api.PLATFORM_ADMIN)).status());
        Map<String, Object> mine = api.get("/api/referrals/me", member.accessToken()).map();
        assertEquals(next.name(), therapist(mine).get("displayName"));
        assertEquals("AWAITING_THERAPIST", mine.get("status"));
    }

    @Test
    void aProviderOpeningAMemberNotReferredToThemGetsNotFoundAndTheAttemptIsAudited() {
        therapists.create("VT", List.of("en"), 5, TODAY);
        Therapist bystander = therapists.create("CA", List.of("en"), 5, TODAY);
        Member member = Members.cleared(api, "VT", null, false, false);
        String referralId = referralId(member);
        String accountId = Members.accountId(api, member);
        long denied = database.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'DENIED' AND subject_ref = ?", accountId);

        assertEquals(404, api.get("/api/referrals/" + referralId, bystander.token()).status());
        assertEquals(404, api.post("/api/referrals/" + referralId + "/accept", Map.of(), bystander.token()).status());
        assertEquals(denied + 2, database.count("SELECT COUNT(*) FROM audit_event WHERE outcome = 'DENIED' AND subject_ref = ? "
                + "AND actor_role = 'PROVIDER'", accountId));
        assertEquals(403, api.get("/api/referrals/" + referralId, api.accessToken(Api.PRESCRIBER)).status(), "prescribers get no referrals");
        assertEquals(403, api.get("/api/referrals/" + referralId, api.accessToken(Api.HR_ADMIN)).status());
        assertEquals(403, api.get("/api/referrals/me", api.accessToken(Api.HR_ADMIN)).status());
        assertEquals(403, api.get("/api/referrals/" + referralId, member.accessToken()).status());
    }

    private void grantReleaseAgain(Member member) {
        Map<?, ?> release = api.get("/api/consents", member.accessToken()).list().stream()
                .filter(consent -> consent.get("kind").equals("RELEASE_OF_INFORMATION")).findFirst().orElseThrow();
        api.post("/api/consents/RELEASE_OF_INFORMATION/accept", Map.of("version", release.get("version")), member.accessToken());
    }

    private Reply routeAfter(CountDownLatch start, Member member) {
        await(start);
        return api.post("/api/referrals/me/route", Map.of(), member.accessToken());
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String referralId(Member member) {
        Map<String, Object> mine = api.get("/api/referrals/me", member.accessToken()).map();
        assertEquals("AWAITING_THERAPIST", mine.get("status"), mine.toString());
        return (String) mine.get("referralId");
    }

    private static Map<?, ?> therapist(Map<String, Object> referral) {
        assertFalse(referral.get("therapist") == null, referral.toString());
        return (Map<?, ?>) referral.get("therapist");
    }

    private static List<String> conditions(Map<String, Object> referral) {
        return ((List<?>) referral.get("unmetConditions")).stream().map(c -> (String) ((Map<?, ?>) c).get("condition")).toList();
    }

    private static List<String> reasons(Map<String, Object> referral) {
        return ((List<?>) referral.get("reasons")).stream().map(r -> {
            Map<?, ?> reason = (Map<?, ?>) r;
            return reason.get("value") == null ? (String) reason.get("code") : reason.get("code") + "=" + reason.get("value");
        }).toList();
    }
}
