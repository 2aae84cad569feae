package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import com.kapbenefit.portal.support.TestClock;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Statements bill prepaid seats and never let a count of 1 to 10 members be seen or derived. */
@MicronautTest(transactional = false)
class StatementTest {

    private static final Map<String, Object> SUPPRESSED = Map.of("suppressed", true);

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    SeatLedger ledger;
    @Inject
    TestClock clock;

    Api api;
    String hr;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        hr = api.accessToken(Api.HR_ADMIN);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fewMembersAreSuppressedEverywhereAndTheBillDependsOnlyOnSeatsBought() {
        String id = ProgrammeFixtures.activeProgramme(api, hr, "Statement " + UUID.randomUUID(), 30);
        List<String> reservations = reserve(id, 5);
        reservations.forEach(reservation -> ledger.recordHours(reservation, new BigDecimal("2.5")));

        Map<String, Object> statement = currentStatement(id);
        assertEquals(30, statement.get("seatsPurchased"));
        assertEquals(30, statement.get("seatsPurchasedThisPeriod"));
        assertEquals(94500.0, ((Number) statement.get("amountDueUsd")).doubleValue(), "30 seats x USD 3,150, whoever enrolled");
        assertEquals(false, statement.get("usagePublished"), "no live usage: it would tell who enrolled today");
        assertSuppressed(statement.get("seatsInUse"));
        Map<?, ?> seatUsage = (Map<?, ?>) api.get("/api/sponsorship/programmes/" + id, hr).map().get("seatUsage");
        assertSuppressed(seatUsage.get("inUse"));
        assertEquals(null, seatUsage.get("asOf"));

        Reply csv = api.get("/api/sponsorship/programmes/" + id + "/statements/" + YearMonth.now(ZoneOffset.UTC) + ".csv", hr);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertTrue(csv.body().contains("\"usage\",\"published with the month's report, after the month closes\""), csv.body());
        assertFalse(csv.body().contains("\"25\""), "30 - 5 must not be derivable");

        reservations.addAll(reserve(id, 7));
        reservations.forEach(reservation -> ledger.recordHours(reservation, BigDecimal.ONE));
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        clock.advance(Duration.ofDays(32));
        String operator = api.accessToken(Api.PLATFORM_ADMIN);
        api.post("/api/reports/refresh", Map.of(), operator);
        hr = api.accessToken(Api.HR_ADMIN);
        Map<String, Object> published = api.get("/api/sponsorship/programmes/" + id + "/statements/" + month, hr).map();
        assertEquals(true, published.get("usagePublished"));
        Map<?, ?> report = (Map<?, ?>) ((List<?>) api.get("/api/reports/programmes/" + id + "?granularity=MONTH", hr).map().get("periods"))
                .stream().map(r -> (Map<?, ?>) r).filter(r -> r.get("period").equals(month)).findFirst().orElseThrow();
        Map<?, ?> cells = (Map<?, ?>) report.get("cells");
        assertEquals(sameAs((Map<?, ?>) cells.get("SEATS_USED")), published.get("seatsInUse"), "the statement shows the published figure");
        assertEquals(sameAs((Map<?, ?>) cells.get("HOURS_USED")), published.get("packageHoursConsumed"));
        Map<?, ?> latest = (Map<?, ?>) api.get("/api/sponsorship/programmes/" + id, hr).map().get("seatUsage");
        assertEquals(month, latest.get("asOf"));
    }

    /** A published report cell as the statement's cell. */
    private static Map<String, Object> sameAs(Map<?, ?> cell) {
        Map<String, Object> expected = new java.util.HashMap<>();
        boolean shown = "PUBLISHED".equals(cell.get("status"));
        expected.put("value", shown ? cell.get("value") : null);
        expected.put("suppressed", !shown);
        return expected;
    }

    @Test
    void eachMonthBillsOnlyTheSeatsBoughtInIt() {
        String id = ProgrammeFixtures.activeProgramme(api, hr, "Months " + UUID.randomUUID(), 20);
        clock.advance(Duration.ofDays(32));
        hr = api.accessToken(Api.HR_ADMIN);

        List<Map<String, Object>> periods = api.get("/api/sponsorship/programmes/" + id + "/statements", hr).list();
        assertEquals(2, periods.size());
        assertEquals(false, periods.get(0).get("final"));
        assertEquals(true, periods.get(1).get("final"));

        Map<String, Object> thisMonth = api.get("/api/sponsorship/programmes/" + id + "/statements/" + periods.get(0).get("period"), hr).map();
        assertEquals(20, thisMonth.get("seatsPurchased"));
        assertEquals(0, thisMonth.get("seatsPurchasedThisPeriod"));
        assertEquals(0.0, ((Number) thisMonth.get("amountDueUsd")).doubleValue());
        assertEquals("Sierra Soap Works", thisMonth.get("employerDisplayName"));

        assertEquals(404, api.get("/api/sponsorship/programmes/" + id + "/statements/1999-01", hr).status());
        assertEquals(404, api.get("/api/sponsorship/programmes/" + id + "/statements/not-a-month", hr).status());
    }

    private Map<String, Object> currentStatement(String id) {
        Reply reply = api.get("/api/sponsorship/programmes/" + id + "/statements/" + YearMonth.now(ZoneOffset.UTC), hr);
        assertEquals(200, reply.status(), reply.body());
        return reply.map();
    }

    private List<String> reserve(String programmeId, int count) {
        List<String> reservations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reservations.add(ledger.reserve(programmeId, UUID.randomUUID().toString()).orElseThrow());
        }
        return reservations;
    }

    private static void assertSuppressed(Object cell) {
        Map<?, ?> map = (Map<?, ?>) cell;
        assertEquals(true, map.get("suppressed"), String.valueOf(cell));
        assertEquals(null, map.get("value"), String.valueOf(cell));
    }
}
