package com.kapbenefit.portal.journey;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each row of backend/STANDING.md through HTTP: what withdrawal, relocation, consent revocation,
 * programme closure, employer suspension and the end of the course do to referrals, sessions and booking.
 */
@MicronautTest(transactional = false)
class CareEndingTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;
    @Inject
    TestClock clock;

    Api api;
    Therapists therapists;
    Instant base;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        therapists = new Therapists(api, database).isolate();
        base = LocalDate.now(ZoneOffset.UTC).plusDays(3).atTime(15, 0).toInstant(ZoneOffset.UTC);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        therapists.restore();
    }

    @Test
    void aMemberWhoWithdrawsCanNeitherBookNorJoinTheirReferralClosesTheirSessionsAreCancelledAndBothSidesAreTold() {
        Therapist therapist = therapistOpenAllWeek(1);
        Member member = therapists.acceptedMember(therapist, "VT");
        String accountId = Members.accountId(api, member);
        String therapistAccount = database.one("SELECT account_id FROM provider_profile WHERE id = ?", therapist.id());
        String sessionId = id(book(member, "PREPARATION", base));

        Reply withdrawn = api.post("/api/enrolment/me/withdraw", Map.of(), member.accessToken());
        assertEquals(200, withdrawn.status(), withdrawn.body());

        assertProblem(book(member, "PREPARATION", base.plus(Duration.ofDays(1))), 409, "care-ended");
        assertEquals(409, api.get("/api/care/sessions/" + sessionId + "/join", member.accessToken()).status());
        assertEquals("ENDED MEMBER_WITHDREW", referralOf(accountId));

        Map<String, Object> plan = api.get("/api/care/me", member.accessToken()).map();
        assertEquals("ENDED", plan.get("status"));
        Map<?, ?> session = sessionIn(plan, sessionId);
        assertEquals("CANCELLED", session.get("status"));
        assertEquals("PORTAL", session.get("cancelledBy"));
        assertTrue(((List<?>) plan.get("reminders")).stream().map(r -> (Map<?, ?>) r)
                .anyMatch(r -> r.get("kind").equals("SESSION_CANCELLED_CARE_ENDED") && sessionId.equals(r.get("sessionId"))), plan.toString());
        assertTold(accountId, sessionId);
        assertTold(therapistAccount, sessionId);

        List<Map<String, Object>> agenda = sessionsOf(api.get("/api/care/provider/sessions?range=UPCOMING", therapist.token()).map());
        assertTrue(agenda.stream().anyMatch(s -> s.get("id").equals(sessionId) && s.get("status").equals("CANCELLED")));
        assertFalse(api.get("/api/referrals/mine", therapist.token()).body().contains(accountId));

        // The place is free again: the therapist, who takes one member, is referred the next.
        therapists.acceptedMember(therapist, "VT");
    }

    @Test
    void aBookingRacingTheWithdrawalEitherLosesOrIsCancelledWithIt() throws Exception {
        // One therapist for every round: a second one would share the routing with the first.
        Therapist therapist = therapistOpenAllWeek(1);
        for (int round = 0; round < 3; round++) {
            Member member = therapists.acceptedMember(therapist, "VT");
            CountDownLatch start = new CountDownLatch(1);
            Instant slot = base.plus(Duration.ofHours(round));
            CompletableFuture<Reply> booking = CompletableFuture.supplyAsync(() -> after(start, () -> book(member, "PREPARATION", slot)));
            CompletableFuture<Reply> withdrawal = CompletableFuture.supplyAsync(() -> after(start,
                    () -> api.post("/api/enrolment/me/withdraw", Map.of(), member.accessToken())));
            start.countDown();
            assertEquals(200, withdrawal.get().status(), withdrawal.get().body());
            int booked = booking.get().status();
            assertTrue(booked == 201 || booked == 409, booking.get().body());
            assertEquals(0, database.count("SELECT COUNT(*) FROM care_session WHERE account_id = ? AND status = 'BOOKED'",
                    Members.accountId(api, member)), "nothing stays booked for a member who left");
        }
    }

    private static Reply after(CountDownLatch start, java.util.function.Supplier<Reply> call) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return call.get();
    }

    @Test
    void revokingACareConsentEndsTheReferralAndGivingItAgainRoutesAfreshWhileTheReportsConsentLeavesCareAlone() {
        Therapist therapist = therapistOpenAllWeek(5);
        Member member = therapists.acceptedMember(therapist, "VT");
        String accountId = Members.accountId(api, member);

        assertEquals(200, api.post("/api/consents/EMPLOYER_REPORTS/revoke", Map.of(), member.accessToken()).status());
        String kept = id(book(member, "PREPARATION", base));

        assertEquals(200, api.post("/api/consents/RELEASE_OF_INFORMATION/revoke", Map.of(), member.accessToken()).status());
        assertEquals("ENDED CARE_CONSENT_REVOKED", referralOf(accountId));
        assertEquals("CANCELLED", sessionIn(api.get("/api/care/me", member.accessToken()).map(), kept).get("status"));
        assertProblem(book(member, "PREPARATION", base), 409, "care-ended");

        for (Map<String, Object> consent : api.get("/api/consents", member.accessToken()).list()) {
            api.post("/api/consents/" + consent.get("kind") + "/accept", Map.of("version", consent.get("version")), member.accessToken());
        }
        assertEquals("AWAITING_THERAPIST", api.get("/api/referrals/me", member.accessToken()).map().get("status"));
        assertEquals("OFFERED", referralOf(accountId));
    }

    @Test
    void movingOutOfTheCareStatesEndsTheReferralAndCancelsWhatWasBooked() {
        Therapist therapist = therapistOpenAllWeek(5);
        Member member = therapists.acceptedMember(therapist, "VT");
        String accountId = Members.accountId(api, member);
        String sessionId = id(book(member, "PREPARATION", base));

        assertEquals(200, api.put("/api/enrolment/me/location", Map.of("state", "OTHER"), member.accessToken()).status());
        assertEquals("ENDED MEMBER_RELOCATED", referralOf(accountId));
        assertEquals("CANCELLED", sessionIn(api.get("/api/care/me", member.accessToken()).map(), sessionId).get("status"));
        assertProblem(book(member, "PREPARATION", base.plus(Duration.ofDays(1))), 409, "care-ended");
    }

    @Test
    void careUnderWayGoesOnWhenTheProgrammeClosesAndWhileTheEmployerIsSuspended() {
        Therapist therapist = therapistOpenAllWeek(5);
        Member member = therapists.acceptedMember(therapist, "VT");
        String accountId = Members.accountId(api, member);
        String booked = id(book(member, "PREPARATION", base));
        String programmeId = database.one("SELECT programme_id FROM enrolment WHERE account_id = ?", accountId);
        String employerId = database.one("SELECT employer_id FROM programme WHERE id = ?", programmeId);

        String operator = api.accessToken(Api.PLATFORM_ADMIN);
        assertEquals(200, api.post("/api/employers/" + employerId + "/suspend", Map.of(), operator).status());
        try {
            assertEquals(201, book(member, "MEDICINE", base.plus(Duration.ofDays(1))).status());
        } finally {
            assertEquals(200, api.post("/api/employers/" + employerId + "/reactivate", Map.of(), operator).status());
        }

        Reply closed = api.post("/api/sponsorship/programmes/" + programmeId + "/close", Map.of(), api.accessToken(Api.HR_ADMIN));
        assertEquals(200, closed.status(), closed.body());
        assertEquals("ACCEPTED", referralOf(accountId));
        Map<String, Object> plan = api.get("/api/care/me", member.accessToken()).map();
        assertEquals("READY", plan.get("status"));
        assertEquals("BOOKED", sessionIn(plan, booked).get("status"));
    }

    @Test
    void whenThePackageIsUsedUpTheReferralClosesTheTherapistsPlaceIsFreedAndNoNewReferralIsMade() {
        Therapist therapist = therapistOpenAllWeek(1);
        Member member = therapists.acceptedMember(therapist, "VT");
        String accountId = Members.accountId(api, member);
        database.update("UPDATE programme SET package_hours = 1 WHERE id = (SELECT programme_id FROM enrolment WHERE account_id = ?)",
                accountId);
        String preparation = id(book(member, "PREPARATION", base));

        moveClockTo(base.plus(Duration.ofMinutes(61)));
        complete(therapist, preparation);

        assertEquals("ENDED PACKAGE_USED_UP", referralOf(accountId));
        String token = Members.signIn(api, member);
        assertEquals("ENDED", api.get("/api/care/me", token).map().get("status"));
        assertTrue(api.get("/api/referrals/me", token).body().contains("COURSE_FINISHED"));
        therapists.acceptedMember(therapist, "VT");
    }

    @Test
    void anIntegrationHeldWithNoRoomLeftForAnotherMedicineSessionCompletesTheCourse() {
        Therapist therapist = therapistOpenAllWeek(5);
        Member member = therapists.acceptedMember(therapist, "VT");
        String accountId = Members.accountId(api, member);
        database.update("UPDATE programme SET package_hours = 7 WHERE id = (SELECT programme_id FROM enrolment WHERE account_id = ?)",
                accountId);
        String preparation = id(book(member, "PREPARATION", base));
        Instant medicineStarts = base.plus(Duration.ofDays(1));
        String medicine = id(book(member, "MEDICINE", medicineStarts));
        Instant integrationStarts = medicineStarts.plus(Duration.ofHours(24));
        String integration = id(book(member, "INTEGRATION", integrationStarts));

        moveClockTo(base.plus(Duration.ofMinutes(61)));
        complete(therapist, preparation);
        moveClockTo(medicineStarts.plus(Duration.ofMinutes(151)));
        complete(therapist, medicine);
        assertEquals("ACCEPTED", referralOf(accountId), "care goes on until the integration");
        moveClockTo(integrationStarts.plus(Duration.ofMinutes(61)));
        complete(therapist, integration);

        assertEquals("ENDED COURSE_COMPLETED", referralOf(accountId));
    }

    private Therapist therapistOpenAllWeek(int capacity) {
        Therapist therapist = therapists.create("VT", List.of("en"), capacity, LocalDate.now());
        therapists.openAllWeek(therapist);
        return therapist;
    }

    private void moveClockTo(Instant instant) {
        clock.reset();
        clock.advance(Duration.between(Instant.now(), instant));
    }

    private void complete(Therapist therapist, String sessionId) {
        Reply reply = api.post("/api/care/sessions/" + sessionId + "/complete", Map.of("outcome", "COMPLETED"), therapists.signIn(therapist));
        assertEquals(200, reply.status(), reply.body());
    }

    /** The member's latest referral as "STATUS CLOSE_REASON", or its status alone while open. */
    private String referralOf(String accountId) {
        String status = database.one("SELECT status FROM referral WHERE account_id = ? ORDER BY offered_at DESC, closed_at IS NULL DESC LIMIT 1",
                accountId);
        String reason = database.one("SELECT close_reason FROM referral WHERE account_id = ? ORDER BY offered_at DESC, closed_at IS NULL DESC LIMIT 1",
                accountId);
        return reason == null ? status : status + " " + reason;
    }

    private void assertTold(String accountId, String sessionId) {
        assertEquals(1, database.count("SELECT COUNT(*) FROM care_reminder WHERE account_id = ? AND kind = 'SESSION_CANCELLED_CARE_ENDED' "
                + "AND subject_ref = ?", accountId, sessionId));
        assertTrue(database.count("SELECT COUNT(*) FROM email_outbox WHERE account_id = ? AND template = 'PORTAL_MESSAGE_WAITING'",
                accountId) >= 1);
    }

    private Reply book(Member member, String kind, Instant startsAt) {
        return api.post("/api/care/me/sessions", request(kind, startsAt), member.accessToken());
    }

    /** A medicine session at home, with its sober sitter named and attested, as the member was cleared for. */
    private static Map<String, Object> request(String kind, Instant startsAt) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", kind);
        request.put("startsAt", startsAt.truncatedTo(ChronoUnit.SECONDS).toString());
        if (kind.equals("MEDICINE")) {
            request.put("sitterName", "Ana");
            request.put("sitterAttested", true);
        }
        return request;
    }

    private static List<Map<String, Object>> sessionsOf(Map<String, Object> agenda) {
        return ((List<?>) agenda.get("sessions")).stream().map(s -> {
            @SuppressWarnings("unchecked") Map<String, Object> session = (Map<String, Object>) s;
            return session;
        }).toList();
    }

    private static Map<?, ?> sessionIn(Map<String, Object> plan, String sessionId) {
        return ((List<?>) plan.get("sessions")).stream().map(s -> (Map<?, ?>) s).filter(s -> s.get("id").equals(sessionId))
                .findFirst().orElseThrow();
    }

    private static String id(Reply reply) {
        assertEquals(201, reply.status(), reply.body());
        return (String) reply.map().get("id");
    }

    private static void assertProblem(Reply reply, int status, String slug) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.body().contains("/problems/" + slug), reply.body());
    }
}
