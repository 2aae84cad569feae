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
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class CareJourneyTest {


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
    CareReminders reminders;

    Api api;
    Therapists therapists;
    /** A day at least three days ahead, 15:00 UTC (8 or 9 in the morning in Denver). */
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
    void theProtocolOrdersTheSessionsAndIntegrationMustStartWithin96HoursOfTheMedicineSessionsEnd() {
        Therapist therapist = therapistOpenAllWeek();
        Member member = memberOf(therapist);

        assertProblem(book(member, "MEDICINE", base, "Ana", true), 409, "protocol");
        assertProblem(book(member, "INTEGRATION", base, null, false), 409, "protocol");
        assertEquals(201, book(member, "PREPARATION", base, null, false).status());
        assertProblem(book(member, "PREPARATION", base.plus(Duration.ofDays(1)), null, false), 409, "protocol");
        assertProblem(book(member, "MEDICINE", base.plus(Duration.ofMinutes(30)), "Ana", true), 409, "protocol");

        Reply noSitter = book(member, "MEDICINE", base.plus(Duration.ofDays(1)), null, false);
        assertEquals(400, noSitter.status());
        assertTrue(noSitter.body().contains("sitterName"), noSitter.body());
        assertTrue(book(member, "MEDICINE", base.plus(Duration.ofDays(1)), "Ana", false).body().contains("sitterAttested"));
        Reply medicine = book(member, "MEDICINE", base.plus(Duration.ofDays(1)), "Ana", true);
        assertEquals(201, medicine.status(), medicine.body());
        assertEquals("HOME_WITH_SITTER", medicine.map().get("setting"));
        Instant medicineEnds = Instant.parse((String) medicine.map().get("endsAt"));
        assertEquals(base.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(150)), medicineEnds);
        assertProblem(book(member, "MEDICINE", base.plus(Duration.ofDays(2)), "Ana", true), 409, "protocol");

        List<?> offered = (List<?>) api.get("/api/care/me/slots?kind=INTEGRATION", member.accessToken()).map().get("slots");
        assertFalse(offered.isEmpty());
        assertTrue(offered.stream().map(slot -> Instant.parse((String) slot))
                .allMatch(slot -> slot.isAfter(medicineEnds.minusSeconds(1)) && !slot.isAfter(medicineEnds.plus(Duration.ofHours(96)))),
                "only slots inside the window are offered");

        Instant lastMinute = medicineEnds.plus(Duration.ofHours(95)).plus(Duration.ofMinutes(59));
        Reply inTime = book(member, "INTEGRATION", lastMinute, null, false);
        assertEquals(201, inTime.status(), inTime.body());
        assertEquals(200, api.post("/api/care/sessions/" + inTime.map().get("id") + "/cancel", Map.of("reason", "Moving it"),
                member.accessToken()).status());
        assertProblem(book(member, "INTEGRATION", medicineEnds.plus(Duration.ofHours(96)).plus(Duration.ofMinutes(1)), null, false),
                409, "protocol");
        assertEquals(201, book(member, "INTEGRATION", medicineEnds.plus(Duration.ofMinutes(30)), null, false).status());
    }

    @Test
    void aBookingThatWouldExceedThePackageIsRefusedWithWhatRemains() {
        Therapist therapist = therapistOpenAllWeek();
        Member member = memberOf(therapist);
        database.update("UPDATE programme SET package_hours = 3 WHERE id = (SELECT programme_id FROM enrolment WHERE account_id = ?)",
                Members.accountId(api, member));
        assertEquals(201, book(member, "PREPARATION", base, null, false).status());
        Reply tooMuch = book(member, "MEDICINE", base.plus(Duration.ofDays(1)), "Ana", true);
        assertProblem(tooMuch, 409, "package-exhausted");
        assertTrue(tooMuch.body().contains("2 remain"), tooMuch.body());
        Map<String, Object> plan = api.get("/api/care/me", member.accessToken()).map();
        assertEquals(2, ((Number) plan.get("hoursRemaining")).intValue());
    }

    @Test
    void twoMembersRacingForOneSlotGetOneAnswerEachAndOneSlot() throws Exception {
        Therapist therapist = therapistOpenAllWeek();
        Member first = memberOf(therapist);
        Member second = memberOf(therapist);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Reply> a = CompletableFuture.supplyAsync(() -> bookAfter(start, first));
        CompletableFuture<Reply> b = CompletableFuture.supplyAsync(() -> bookAfter(start, second));
        start.countDown();
        List<Integer> statuses = List.of(a.get().status(), b.get().status());
        assertTrue(statuses.contains(201) && statuses.contains(409), statuses.toString());
        assertTrue((a.get().status() == 409 ? a : b).get().body().contains("/problems/slot-taken"));
        assertEquals(1, database.count("SELECT COUNT(*) FROM care_session WHERE therapist_id = ? AND starts_at = ? AND status = 'BOOKED'",
                therapist.id(), java.sql.Timestamp.from(base)));
    }

    @Test
    void theLicenceIsCheckedAtBookingAndAgainWhenTheSessionStarts() {
        Therapist therapist = therapists.create("VT", List.of("en"), 5, LocalDate.now(), LocalDate.now().plusDays(5));
        therapists.openAllWeek(therapist);
        Member member = memberOf(therapist);
        Reply preparation = book(member, "PREPARATION", base, null, false);
        assertEquals(201, preparation.status(), preparation.body());
        assertProblem(book(member, "MEDICINE", base.plus(Duration.ofDays(4)), "Ana", true), 409, "licence-not-valid");

        String sessionId = (String) preparation.map().get("id");
        assertProblem(api.get("/api/care/sessions/" + sessionId + "/join", member.accessToken()), 409, "not-open-yet");
        Member stranger = memberOf(therapist);
        assertEquals(404, api.get("/api/care/sessions/" + sessionId + "/join", stranger.accessToken()).status());
        assertEquals(403, api.get("/api/care/sessions/" + sessionId + "/join", api.accessToken(Api.HR_ADMIN)).status());

        clock.advance(Duration.between(Instant.now(), base.minus(Duration.ofMinutes(10))));
        Reply joined = api.get("/api/care/sessions/" + sessionId + "/join", Members.signIn(api, member));
        assertEquals(200, joined.status(), joined.body());
        assertTrue(((String) joined.map().get("url")).startsWith("/telehealth/"));
        assertEquals(joined.map().get("url"), api.get("/api/care/sessions/" + sessionId + "/join", therapists.signIn(therapist)).map().get("url"),
                "one link per session, the same for both participants");

        database.update("UPDATE provider_licence SET expires_on = ? WHERE id = ?", LocalDate.now().minusDays(1), therapist.licenceId());
        assertProblem(api.get("/api/care/sessions/" + sessionId + "/join", Members.signIn(api, member)), 409, "licence-not-valid");
    }

    @Test
    void weeklyHoursStayAtTheSameLocalTimeAcrossTheMarchAndNovemberChanges() {
        Therapist therapist = therapists.create("VT", List.of("en"), 5, LocalDate.now());
        Reply saved = api.put("/api/availability/me/weekly", Map.of("windows", List.of(
                Map.of("dayOfWeek", "MONDAY", "startsAt", "09:00", "endsAt", "12:00"))), therapist.token());
        assertEquals(200, saved.status(), saved.body());
        assertEquals("America/Denver", saved.map().get("timeZone"));
        assertEquals(200, api.post("/api/availability/me/days-off", Map.of("date", "2027-03-22", "note", "Conference"), therapist.token()).status());
        assertEquals(400, api.put("/api/availability/me/weekly", Map.of("windows", List.of(
                Map.of("dayOfWeek", "MONDAY", "startsAt", "09:00", "endsAt", "12:00"),
                Map.of("dayOfWeek", "MONDAY", "startsAt", "11:00", "endsAt", "13:00"))), therapist.token()).status(), "overlapping windows");
        Member member = memberOf(therapist);

        clock.advance(Duration.between(Instant.now(), Instant.parse("2027-03-04T00:00:00Z")));
        String token = Members.signIn(api, member);
        List<?> march = (List<?>) api.get("/api/care/me/slots?kind=PREPARATION", token).map().get("slots");
        assertTrue(march.contains("2027-03-08T16:00:00Z"), "9:00 MST is 16:00 UTC: " + march);
        assertTrue(march.contains("2027-03-15T15:00:00Z"), "9:00 MDT is 15:00 UTC: " + march);
        assertFalse(march.stream().anyMatch(slot -> ((String) slot).startsWith("2027-03-22")), "no slots on a day off");
        Reply booked = api.post("/api/care/me/sessions", Map.of("kind", "PREPARATION", "startsAt", "2027-03-15T15:00:00Z"), token);
        assertEquals(201, booked.status(), booked.body());
        assertEquals("America/Denver", booked.map().get("therapistTimeZone"));
        assertEquals("America/New_York", booked.map().get("memberTimeZone"));

        clock.reset();
        clock.advance(Duration.between(Instant.now(), Instant.parse("2027-10-28T00:00:00Z")));
        List<?> november = (List<?>) api.get("/api/care/me/slots?kind=MEDICINE", Members.signIn(api, member)).map().get("slots");
        assertTrue(november.contains("2027-11-01T15:00:00Z"), "9:00 MDT: " + november);
        assertTrue(november.contains("2027-11-08T16:00:00Z"), "9:00 MST: " + november);
        assertFalse(november.contains("2027-11-08T15:00:00Z"));
    }

    @Test
    void onlyHeldSessionsUsePackageHoursAndTheFollowUpsAreScheduledFromTheFirstMedicineSession() {
        Therapist therapist = therapistOpenAllWeek();
        Member member = memberOf(therapist);
        String preparation = id(book(member, "PREPARATION", base, null, false));
        String medicine = id(book(member, "MEDICINE", base.plus(Duration.ofDays(1)), "Ana", true));
        String integration = id(book(member, "INTEGRATION", base.plus(Duration.ofDays(2)), null, false));
        String seat = database.one("SELECT seat_reservation_id FROM enrolment WHERE account_id = ?", Members.accountId(api, member));

        assertProblem(api.post("/api/care/sessions/" + preparation + "/complete", Map.of("outcome", "COMPLETED"), therapist.token()),
                409, "conflict");
        assertEquals(403, api.post("/api/care/sessions/" + preparation + "/complete", Map.of("outcome", "COMPLETED"), member.accessToken()).status());

        clock.advance(Duration.between(Instant.now(), base.plus(Duration.ofHours(1))));
        assertEquals("NO_SHOW", complete(therapist, preparation, "NO_SHOW").get("status"));
        assertEquals(0, database.count("SELECT COUNT(*) FROM package_hours_entry WHERE reservation_id = ?", seat),
                "a no-show uses no hours");
        clock.reset();
        clock.advance(Duration.between(Instant.now(), base.plus(Duration.ofDays(1)).plus(Duration.ofHours(3))));
        assertEquals("COMPLETED", complete(therapist, medicine, "COMPLETED").get("status"));
        clock.reset();
        clock.advance(Duration.between(Instant.now(), base.plus(Duration.ofDays(2)).plus(Duration.ofHours(1))));
        complete(therapist, integration, "COMPLETED");
        assertEquals("3.50", database.one("SELECT CAST(SUM(hours) AS DECIMAL(5,2)) FROM package_hours_entry WHERE reservation_id = ?", seat));

        String token = Members.signIn(api, member);
        Map<String, Object> plan = api.get("/api/care/me", token).map();
        Map<String, Object> followUps = new HashMap<>();
        for (Object followUp : (List<?>) plan.get("followUps")) {
            followUps.put((String) ((Map<?, ?>) followUp).get("timepoint"), ((Map<?, ?>) followUp).get("dueAt"));
        }
        Instant firstMedicine = base.plus(Duration.ofDays(1));
        assertEquals(firstMedicine.atOffset(ZoneOffset.UTC).plusMonths(3).toInstant().toString(), followUps.get("MONTH_3"));
        assertEquals(firstMedicine.atOffset(ZoneOffset.UTC).plusMonths(6).toInstant().toString(), followUps.get("MONTH_6"));
        assertTrue(followUps.containsKey("END_OF_TREATMENT"));

        assertProblem(answer(token, "PHQ9", Collections.nCopies(9, 0), "MONTH_3"), 409, "conflict");
        assertEquals(201, answer(token, "PHQ9", Collections.nCopies(9, 0), "END_OF_TREATMENT").status());
        assertEquals(400, answer(token, "CONTRAINDICATIONS", Collections.nCopies(7, 0), "END_OF_TREATMENT").status());
        answer(token, "GAD7", Collections.nCopies(7, 0), "END_OF_TREATMENT");
        answer(token, "PCL5", Collections.nCopies(20, 0), "END_OF_TREATMENT");
        assertTrue(((List<?>) api.get("/api/care/me", token).map().get("followUps")).stream()
                .map(f -> (Map<?, ?>) f).anyMatch(f -> f.get("timepoint").equals("END_OF_TREATMENT") && f.get("completedAt") != null));
        List<Map<String, Object>> history = api.get("/api/screening/me/history", token).list();
        assertEquals(List.of("BASELINE", "END_OF_TREATMENT"), history.stream().map(point -> (String) point.get("timepoint")).distinct().toList());
        assertEquals("follow-up", ((Map<?, ?>) ((List<?>) api.get("/api/journey/me", token).map().get("steps")).get(7)).get("key"));
    }

    @Test
    void anIntegrationWindowClosingUnbookedIsWarnedOfAndThenRecordedAsMissedWithAnEmailThatSaysNothingOfHealth() {
        Therapist therapist = therapistOpenAllWeek();
        Member member = memberOf(therapist);
        book(member, "PREPARATION", base, null, false);
        String medicine = id(book(member, "MEDICINE", base.plus(Duration.ofDays(1)), "Ana", true));
        Instant ends = base.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(150));
        String accountId = Members.accountId(api, member);

        clock.advance(Duration.between(Instant.now(), ends.plus(Duration.ofHours(73))));
        reminders.sweep();
        reminders.sweep();
        assertEquals(1, database.count("SELECT COUNT(*) FROM care_reminder WHERE account_id = ? AND kind = 'INTEGRATION_WINDOW_CLOSING' "
                + "AND subject_ref = ?", accountId, medicine));
        List<Map<String, Object>> forTherapist = api.get("/api/care/provider/reminders", therapists.signIn(therapist)).list();
        assertEquals(List.of("INTEGRATION_WINDOW_CLOSING"), forTherapist.stream().map(r -> r.get("kind")).toList());
        assertEquals(medicine, forTherapist.get(0).get("medicineSessionId"));
        assertEquals(ends.plus(Duration.ofHours(96)).toString(), forTherapist.get(0).get("closesAt"));
        clock.advance(Duration.ofHours(24));
        reminders.sweep();
        assertEquals(1, database.count("SELECT COUNT(*) FROM care_reminder WHERE account_id = ? AND kind = 'INTEGRATION_WINDOW_MISSED'", accountId));
        assertEquals(List.of("PORTAL_MESSAGE_WAITING"), database.column("SELECT DISTINCT template FROM email_outbox WHERE account_id = ?", accountId));
        assertEquals(2, database.count("SELECT COUNT(*) FROM email_outbox WHERE account_id = ?", accountId));
        assertEquals(List.of("PORTAL_MESSAGE_WAITING"), database.column("SELECT template FROM email_outbox WHERE account_id = "
                + "(SELECT account_id FROM provider_profile WHERE id = ?)", therapist.id()));

        Map<String, Object> plan = api.get("/api/care/me", Members.signIn(api, member)).map();
        assertEquals(List.of("INTEGRATION_WINDOW_CLOSING", "INTEGRATION_WINDOW_MISSED"),
                ((List<?>) plan.get("reminders")).stream().map(r -> ((Map<?, ?>) r).get("kind")).toList());
        assertEquals(null, plan.get("integrationWindow"));
    }

    @Test
    void aMemberCancellingLateGivesUpTheHoursButATherapistsCancellationNeverCostsTheMember() {
        Therapist therapist = therapistOpenAllWeek();
        Member member = memberOf(therapist);
        String preparation = id(book(member, "PREPARATION", base, null, false));
        Reply moved = api.post("/api/care/sessions/" + preparation + "/reschedule",
                Map.of("startsAt", base.plus(Duration.ofHours(2)).toString(), "reason", "Work meeting"), member.accessToken());
        assertEquals(201, moved.status(), moved.body());
        String rescheduled = id(moved);
        Map<?, ?> old = sessionIn(api.get("/api/care/me", member.accessToken()).map(), preparation);
        assertEquals("CANCELLED", old.get("status"));
        assertEquals(false, old.get("lateCancellation"));

        assertEquals(400, api.post("/api/care/sessions/" + rescheduled + "/cancel", Map.of("reason", ""), member.accessToken()).status());
        clock.advance(Duration.between(Instant.now(), base.plus(Duration.ofHours(2)).minus(Duration.ofHours(3))));
        Map<String, Object> cancelled = api.post("/api/care/sessions/" + rescheduled + "/cancel", Map.of("reason", "Unwell"),
                Members.signIn(api, member)).map();
        assertEquals(true, cancelled.get("lateCancellation"));
        assertEquals("MEMBER", cancelled.get("cancelledBy"));
        assertEquals(17, ((Number) api.get("/api/care/me", Members.signIn(api, member)).map().get("hoursRemaining")).intValue());

        clock.reset();
        String again = id(book(member, "PREPARATION", base.plus(Duration.ofDays(1)), null, false));
        clock.advance(Duration.between(Instant.now(), base.plus(Duration.ofDays(1)).minus(Duration.ofHours(2))));
        Map<String, Object> byTherapist = api.post("/api/care/sessions/" + again + "/cancel", Map.of("reason", "Family emergency"),
                therapists.signIn(therapist)).map();
        assertEquals(false, byTherapist.get("lateCancellation"));
        assertEquals("PROVIDER", byTherapist.get("cancelledBy"));
        assertEquals(404, api.post("/api/care/sessions/" + again + "/cancel", Map.of("reason", "Not mine"),
                Members.signIn(api, memberOf(therapist))).status());
    }

    @Test
    void theAgendaCountsTodayInTheTherapistsZoneSoTodaysEarlierSessionStaysOnItWhateverTheDateInUtc() {
        Therapist therapist = therapistOpenAllWeek();
        String sessionId = id(book(memberOf(therapist), "PREPARATION", base, null, false));
        Instant now = Instant.now();
        // 02:30 UTC is 19:30 of the day before in Denver, the test therapist's zone: the hours in which agendas lost their evening.
        Instant halfPastTwoUtc = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1).atTime(2, 30).toInstant(ZoneOffset.UTC);
        clock.advance(Duration.between(now, halfPastTwoUtc));
        Instant earlierThisEvening = halfPastTwoUtc.minus(Duration.ofMinutes(90));
        database.update("UPDATE care_session SET starts_at = ?, ends_at = ? WHERE id = ?", java.sql.Timestamp.from(earlierThisEvening),
                java.sql.Timestamp.from(earlierThisEvening.plus(Duration.ofHours(1))), sessionId);
        LocalDate therapistsToday = halfPastTwoUtc.atZone(ZoneId.of("America/Denver")).toLocalDate();
        String token = therapists.signIn(therapist);

        Map<String, Object> upcoming = api.get("/api/care/provider/sessions?range=UPCOMING", token).map();
        assertEquals("America/Denver", upcoming.get("timeZone"));
        assertEquals(therapistsToday.toString(), upcoming.get("today"));
        assertEquals(therapistsToday.toString(), upcoming.get("from"));
        assertEquals(therapistsToday.plusDays(14).toString(), upcoming.get("to"));
        assertTrue(sessionIds(upcoming).contains(sessionId), "today's earlier session is on today's agenda");
        Map<String, Object> past = api.get("/api/care/provider/sessions?range=PAST", token).map();
        assertEquals(therapistsToday.minusDays(1).toString(), past.get("to"));
        assertFalse(sessionIds(past).contains(sessionId));
        assertEquals("COMPLETED", complete(therapist, sessionId, "COMPLETED").get("status"));

        assertProblem(api.get("/api/care/provider/sessions?range=SIDEWAYS", token), 400, "malformed-request");
    }

    private static List<Object> sessionIds(Map<String, Object> agenda) {
        return ((List<?>) agenda.get("sessions")).stream().<Object>map(s -> ((Map<?, ?>) s).get("id")).toList();
    }

    private Therapist therapistOpenAllWeek() {
        Therapist therapist = therapists.create("VT", List.of("en"), 5, LocalDate.now());
        therapists.openAllWeek(therapist);
        return therapist;
    }

    private Member memberOf(Therapist therapist) {
        return therapists.acceptedMember(therapist, "VT");
    }

    private Reply book(Member member, String kind, Instant startsAt, String sitterName, boolean attested) {
        Map<String, Object> request = new HashMap<>();
        request.put("kind", kind);
        request.put("startsAt", startsAt.truncatedTo(ChronoUnit.SECONDS).toString());
        request.put("sitterName", sitterName);
        request.put("sitterAttested", attested);
        return api.post("/api/care/me/sessions", request, member.accessToken());
    }

    private Reply bookAfter(CountDownLatch start, Member member) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return book(member, "PREPARATION", base, null, false);
    }

    private Map<String, Object> complete(Therapist therapist, String sessionId, String outcome) {
        Reply reply = api.post("/api/care/sessions/" + sessionId + "/complete", Map.of("outcome", outcome), therapists.signIn(therapist));
        assertEquals(200, reply.status(), reply.body());
        return reply.map();
    }

    private Reply answer(String token, String instrument, List<Integer> answers, String timepoint) {
        return api.post("/api/screening/responses", Map.of("instrument", instrument, "answers", answers, "timepoint", timepoint), token);
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
