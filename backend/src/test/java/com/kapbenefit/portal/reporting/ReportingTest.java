package com.kapbenefit.portal.reporting;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import com.kapbenefit.portal.support.Members.Member;
import com.kapbenefit.portal.support.ProgrammeFixtures;
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

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ReportingTest {

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
    ReportSource source;
    @Inject
    ReportPublisher publisher;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    @Test
    void theAggregatesAreRightOnASeededPopulationAndThePublishedReportIsSuppressedNoisedAndFixed() {
        String hr = api.accessToken(Api.OTHER_HR_ADMIN);
        String programme = ProgrammeFixtures.activeProgramme(api, hr, "Reporting " + UUID.randomUUID(), 40, List.of("CA", "NY", "UT", "VT"));
        String code = (String) api.get("/api/sponsorship/programmes/" + programme, hr).map().get("enrolmentCode");
        List<String> workEmails = IntStream.range(0, 25).mapToObj(i -> "report-" + UUID.randomUUID() + "@desertbloom.example").toList();
        api.postCsv("/api/sponsorship/programmes/" + programme + "/eligibility?mode=REPLACE",
                "email\n" + String.join("\n", workEmails) + "\n", hr);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(Members.enrolWith(api, code, workEmails.get(i)));
        }
        for (Member member : members.subList(0, 11)) {
            Members.screen(api, member, "CA", false, false);
        }
        for (Member member : members.subList(0, 11)) {
            String accountId = Members.accountId(api, member);
            database.update("INSERT INTO questionnaire_response (id, account_id, instrument, answers, total, band, taken_at, timepoint) "
                    + "VALUES (?, ?, 'PHQ9', '0,0,0,0,1,1,1,0,0', 3, 'MINIMAL', ?, 'MONTH_3')",
                    UUID.randomUUID().toString(), accountId, Timestamp.from(Instant.now().minusSeconds(5)));
        }

        ReportSource.RawReport raw = source.aggregate(programme, Instant.now().plusSeconds(1)).orElseThrow();
        assertEquals(25, raw.eligible());
        assertEquals(12, raw.seatsUsed());
        assertEquals(40, raw.seatsPurchased());
        assertEquals(Map.of(ReportSource.Stage.SCREENING, 1L, ReportSource.Stage.AWAITING_CLEARANCE, 11L), raw.stages());
        ReportSource.OutcomeAggregate phq3 = outcome(raw, "PHQ9", "MONTH_3");
        assertEquals(List.of(11L, 88L, 33L, 11L, 11L), List.of(phq3.members(), phq3.baselineSum(), phq3.followUpSum(),
                phq3.responders(), phq3.remitters()));
        assertEquals(0, outcome(raw, "GAD7", "MONTH_3").members(), "follow-ups missing");
        assertEquals(new ReportSource.BaselineAggregate("PCL5", 11, 11 * 20), raw.baselines().get(2));

        clock.advance(Duration.ofDays(70));
        publisher.publishClosedPeriods();
        hr = api.accessToken(Api.OTHER_HR_ADMIN);
        Map<String, Object> months = api.get("/api/reports/programmes/" + programme + "?granularity=MONTH", hr).map();
        List<?> periods = (List<?>) months.get("periods");
        assertTrue(!periods.isEmpty(), months.toString());
        Map<?, ?> cells = (Map<?, ?>) ((Map<?, ?>) periods.get(0)).get("cells");
        assertEquals(Map.of("value", 25, "status", "PUBLISHED"), cells.get("ELIGIBLE"));
        assertEquals("SUPPRESSED", status(cells, "STAGE_SCREENING"), "one member in screening is never shown");
        long withheldStages = cells.entrySet().stream().filter(e -> ((String) e.getKey()).startsWith("STAGE_"))
                .filter(e -> !"PUBLISHED".equals(((Map<?, ?>) e.getValue()).get("status"))).count();
        assertTrue(withheldStages >= 2 || "SUPPRESSED".equals(status(cells, "ENROLLED")), "complementary suppression: " + cells);
        assertEquals(Map.of("value", 3, "status", "PUBLISHED"), cells.get("PHQ9_MONTH_3_FOLLOW_UP_MEAN"));
        assertEquals(Map.of("value", 8, "status", "PUBLISHED"), cells.get("PHQ9_MONTH_3_BASELINE_MEAN"));
        assertEquals(Map.of("value", 100, "status", "PUBLISHED"), cells.get("PHQ9_MONTH_3_REMISSION_RATE"));
        assertEquals("NOT_ENOUGH_RESPONSES", status(cells, "GAD7_MONTH_3_FOLLOW_UP_MEAN"));
        assertEquals(1.5, ((Map<?, ?>) months.get("privacy")).get("epsilonPerPeriod"));

        long published = database.count("SELECT COUNT(*) FROM report_cell c JOIN report_publication p ON p.id = c.publication_id "
                + "WHERE p.programme_id = ?", programme);
        publisher.publishClosedPeriods();
        assertEquals(published, database.count("SELECT COUNT(*) FROM report_cell c JOIN report_publication p ON p.id = c.publication_id "
                + "WHERE p.programme_id = ?", programme), "a published period is never recomputed");
        assertEquals(months, api.get("/api/reports/programmes/" + programme + "?granularity=MONTH", hr).map());

        Map<String, Object> quarters = api.get("/api/reports/programmes/" + programme + "?granularity=QUARTER", hr).map();
        String member = Members.signIn(api, members.get(0));
        List<Map<String, Object>> seenByMember = api.get("/api/reports/my-employer", member).list();
        assertTrue(seenByMember.contains(quarters), "the member sees exactly the employer's published report");

        Reply csv = api.send(HttpRequest.GET("/api/reports/programmes/" + programme + "/export.csv?granularity=MONTH").bearerAuth(hr));
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("period,metric,value,status\n"));
        assertTrue(csv.body().contains(",STAGE_SCREENING,,SUPPRESSED"), csv.body());
    }

    @Test
    void eachMemberIsCountedAtTheStageTheyHadReachedWhenThePeriodEnded() {
        String hr = api.accessToken(Api.OTHER_HR_ADMIN);
        String programme = ProgrammeFixtures.activeProgramme(api, hr, "Stages " + UUID.randomUUID(), 10, List.of("CA"));
        String code = (String) api.get("/api/sponsorship/programmes/" + programme, hr).map().get("enrolmentCode");
        List<String> workEmails = IntStream.range(0, 4).mapToObj(i -> "stage-" + UUID.randomUUID() + "@desertbloom.example").toList();
        api.postCsv("/api/sponsorship/programmes/" + programme + "/eligibility?mode=REPLACE",
                "email\n" + String.join("\n", workEmails) + "\n", hr);
        List<Member> members = workEmails.stream().map(email -> Members.enrolWith(api, code, email)).toList();
        members.subList(1, 4).forEach(member -> Members.screen(api, member, "CA", false, false));
        List<String> cleared = members.subList(2, 4).stream().map(member -> Members.accountId(api, member)).toList();
        assertEquals(200, api.post("/api/enrolment/me/withdraw", Map.of(), Members.signIn(api, members.get(3))).status());
        Instant afterWithdrawal = Instant.now().plusSeconds(1);
        Instant clearedAt = afterWithdrawal.plusSeconds(60);
        cleared.forEach(accountId -> database.update("UPDATE clearance_case SET status = 'CLEARED', decided_at = ? WHERE account_id = ?",
                Timestamp.from(clearedAt), accountId));

        assertEquals(Map.of(ReportSource.Stage.SCREENING, 1L, ReportSource.Stage.AWAITING_CLEARANCE, 2L, ReportSource.Stage.WITHDRAWN, 1L),
                source.aggregate(programme, afterWithdrawal).orElseThrow().stages(), "a period that ended before the clearances");
        assertEquals(Map.of(ReportSource.Stage.SCREENING, 1L, ReportSource.Stage.AWAITING_CLEARANCE, 1L, ReportSource.Stage.PREPARATION, 1L,
                ReportSource.Stage.WITHDRAWN, 1L), source.aggregate(programme, clearedAt.plusSeconds(1)).orElseThrow().stages());
    }

    @Test
    void anEmptyProgrammeIsReportedWithoutAnythingBelowElevenAndOnlyItsEmployerReadsIt() {
        String hr = api.accessToken(Api.OTHER_HR_ADMIN);
        String programme = ProgrammeFixtures.activeProgramme(api, hr, "Nobody yet " + UUID.randomUUID(), 15, List.of("CA"));
        clock.advance(Duration.ofDays(40));
        publisher.publishClosedPeriods();
        hr = api.accessToken(Api.OTHER_HR_ADMIN);
        Map<?, ?> cells = (Map<?, ?>) ((Map<?, ?>) ((List<?>) api.get("/api/reports/programmes/" + programme, hr).map().get("periods"))
                .get(0)).get("cells");
        for (String metric : List.of("ENROLLED", "STAGE_SCREENING", "STAGE_WITHDRAWN", "SEATS_USED")) {
            Map<?, ?> cell = (Map<?, ?>) cells.get(metric);
            assertTrue(!"PUBLISHED".equals(cell.get("status")) || ((Number) cell.get("value")).intValue() == 0
                    || ((Number) cell.get("value")).intValue() >= 11, metric + " " + cell);
        }
        assertEquals("NOT_ENOUGH_RESPONSES", status(cells, "PHQ9_BASELINE_MEAN"));

        assertEquals(404, api.get("/api/reports/programmes/" + programme, api.accessToken(Api.HR_ADMIN)).status(), "another employer's programme");
        assertEquals(400, api.get("/api/reports/programmes/" + programme + "?granularity=WEEK", hr).status(), "only months and quarters");
        for (String route : List.of("/api/reports/programmes/" + programme, "/api/reports/overview")) {
            assertEquals(403, api.get(route, api.accessToken(Api.PROVIDER)).status());
            assertEquals(403, api.get(route, api.accessToken(Api.MEMBER)).status());
        }
        assertEquals(403, api.get("/api/reports/overview", hr).status());
        assertEquals(403, api.post("/api/reports/refresh", Map.of(), hr).status());
        Map<String, Object> overview = api.get("/api/reports/overview", api.accessToken(Api.PLATFORM_ADMIN)).map();
        assertNotEquals(null, ((Map<?, ?>) overview.get("refresh")).get("lastRunAt"));
        assertTrue(((List<?>) overview.get("programmes")).stream().anyMatch(p -> ((Map<?, ?>) p).get("programmeId").equals(programme)));
    }

    private static String status(Map<?, ?> cells, String metric) {
        return (String) ((Map<?, ?>) cells.get(metric)).get("status");
    }

    private static ReportSource.OutcomeAggregate outcome(ReportSource.RawReport raw, String instrument, String timepoint) {
        return raw.outcomes().stream().filter(o -> o.instrument().equals(instrument) && o.timepoint().equals(timepoint))
                .collect(Collectors.toList()).get(0);
    }
}
