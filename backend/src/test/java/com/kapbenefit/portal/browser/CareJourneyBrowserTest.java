package com.kapbenefit.portal.browser;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import com.kapbenefit.portal.support.Therapists;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full course of care through the pages: the member books preparation, a medicine session at
 * home with a sober sitter and its integration inside the 96-hour window; the therapist sees them
 * in their agenda and, once the preparation has taken place, marks it held, from a browser whose
 * date is not the therapist's.
 */
@MicronautTest(transactional = false)
class CareJourneyBrowserTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;

    Therapists therapists;

    @AfterEach
    void restore() {
        if (therapists != null) {
            therapists.restore();
        }
    }

    @Test
    void aMemberBooksPreparationMedicineAtHomeAndIntegrationAndTheTherapistMarksTheFirstHeld() {
        Api api = new Api(httpClient, json);
        therapists = new Therapists(api, database).isolate();
        Therapists.Therapist therapist = therapists.create("VT", List.of("en"), 5, LocalDate.now());
        api.put("/api/availability/me/weekly", Map.of("windows", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY").stream().map(day -> Map.of("dayOfWeek", day, "startsAt", "08:00", "endsAt", "20:00")).toList()),
                therapist.token());
        Members.Member member = Members.cleared(api, "VT", null, false, false);
        String referralId = (String) api.get("/api/referrals/me", member.accessToken()).map().get("referralId");
        assertEquals(200, api.post("/api/referrals/" + referralId + "/accept", Map.of(), therapist.token()).status());

        browser.signIn(member.email(), Members.PASSWORD);
        browser.visit("/member/care");
        String preparation = bookFirstSlot("PREPARATION");
        String medicine = bookFirstSlot("MEDICINE");
        String integration = bookFirstSlot("INTEGRATION");

        Map<String, Object> plan = api.get("/api/care/me", Members.signIn(api, member)).map();
        List<?> sessions = (List<?>) plan.get("sessions");
        assertEquals(List.of("PREPARATION", "MEDICINE", "INTEGRATION"), sessions.stream().map(s -> ((Map<?, ?>) s).get("kind")).toList());
        Map<?, ?> medicineSession = (Map<?, ?>) sessions.get(1);
        assertEquals("Sam Rivera", medicineSession.get("sitterName"));
        Instant medicineEnds = Instant.parse((String) medicineSession.get("endsAt"));
        Instant integrationStarts = Instant.parse((String) ((Map<?, ?>) sessions.get(2)).get("startsAt"));
        assertTrue(!integrationStarts.isBefore(medicineEnds) && !integrationStarts.isAfter(medicineEnds.plus(Duration.ofHours(96))));
        assertEquals(List.of(preparation, medicine, integration), sessions.stream().map(s -> ((Map<?, ?>) s).get("id")).toList());
        browser.waitForText(By.cssSelector("[data-testid='hours-remaining']"), "13.5");

        // The preparation began earlier today in the therapist's zone, and the browser is on another date.
        ZoneId therapistZone = ZoneId.of("America/Denver");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant startOfTherapistsDay = now.atZone(therapistZone).toLocalDate().atStartOfDay(therapistZone).toInstant();
        Instant began = Collections.max(List.of(now.minus(Duration.ofMinutes(70)), startOfTherapistsDay));
        database.update("UPDATE care_session SET starts_at = ?, ends_at = ? WHERE id = ?",
                java.sql.Timestamp.from(began), java.sql.Timestamp.from(began.plus(Duration.ofHours(1))), preparation);
        String browserZone = zoneOnAnotherDate(now, therapistZone);
        browser.useTimeZone(browserZone);
        browser.forgetEverything();
        browser.signIn(therapist.email(), Therapists.PASSWORD);
        browser.visit("/provider/sessions");
        browser.waitForText(By.cssSelector("[data-testid='agenda-time-zone']"), "America/Denver");
        browser.waitFor(By.cssSelector("[data-testid='agenda-day-" + LocalDate.ofInstant(began, therapistZone) + "'] [data-testid='session-"
                + preparation + "']"));
        browser.waitFor(By.cssSelector("[data-testid='session-" + medicine + "']"));
        browser.click(By.cssSelector("[data-testid='complete-" + preparation + "']"));
        browser.waitForAttribute(By.cssSelector("[data-testid='session-" + preparation + "']"), "data-status", "COMPLETED");
    }

    /** Kiritimati (UTC+14) is a day ahead of Denver from 03:00 there; before that, Pago Pago (UTC-11) is a day behind. */
    private static String zoneOnAnotherDate(Instant now, ZoneId therapistZone) {
        LocalDate therapistsDate = now.atZone(therapistZone).toLocalDate();
        String zone = now.atZone(ZoneId.of(Browser.TIME_ZONE)).toLocalDate().equals(therapistsDate) ? "Pacific/Pago_Pago" : Browser.TIME_ZONE;
        assertNotEquals(therapistsDate, now.atZone(ZoneId.of(zone)).toLocalDate());
        return zone;
    }

    /** Picks the first open time the page offers for the kind, fills what it asks, books, and waits for the session to show. */
    private String bookFirstSlot(String kind) {
        browser.waitForAttribute(By.cssSelector("[data-testid='booking-panel']"), "data-kind", kind);
        browser.waitFor(By.cssSelector("[data-testid='cancellation-policy']"));
        String firstSlot = browser.waitFor(By.cssSelector("[data-testid='slot-picker'] [data-testid^='slot-20']")).getAttribute("data-testid");
        browser.click(By.cssSelector("[data-testid='" + firstSlot + "']"));
        if (kind.equals("MEDICINE")) {
            browser.type(By.cssSelector("input[name='sitterName']"), "Sam Rivera");
            browser.click(By.cssSelector("input[name='sitterAttested']"));
        }
        browser.click(By.cssSelector("[data-testid='book-session']"));
        String id = browser.waitFor(By.cssSelector("[data-testid='upcoming-sessions'] [data-kind='" + kind + "'][data-status='BOOKED']"))
                .getAttribute("data-testid").substring("session-".length());
        return id;
    }
}
