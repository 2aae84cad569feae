package com.kapbenefit.portal.browser;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import com.kapbenefit.portal.support.TestClock;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** An HR admin reads the published monthly report as charts and as a table, suppression explained. */
@MicronautTest(transactional = false)
class ReportsBrowserTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    TestClock clock;

    @AfterEach
    void restoreClock() {
        clock.reset();
    }

    @Test
    void anHrAdminReadsTheDashboardAndItsTableView() {
        Api api = new Api(httpClient, json);
        String hr = api.accessToken(Api.OTHER_HR_ADMIN);
        String programme = ProgrammeFixtures.activeProgramme(api, hr, "Dashboard " + UUID.randomUUID(), 20, List.of("CA"));
        clock.advance(Duration.ofDays(40));
        api.post("/api/reports/refresh", java.util.Map.of(), api.accessToken(Api.PLATFORM_ADMIN));

        browser.signIn(Api.OTHER_HR_ADMIN, DEMO_PASSWORD);
        browser.visit("/hr/reports");
        new Select(browser.waitFor(By.cssSelector("[data-testid='programme-select']"))).selectByValue(programme);
        browser.waitFor(By.cssSelector("[data-testid='chart-stages']"));
        String explainer = browser.waitFor(By.cssSelector("[data-testid='disclosure-explainer']")).getText();
        assertTrue(explainer.contains("11"), explainer);
        browser.click(By.cssSelector("[data-testid='show-table-stages']"));
        WebElement table = browser.waitFor(By.cssSelector("[data-testid='table-stages']"));
        List<WebElement> cells = table.findElements(By.cssSelector("td[data-metric^='STAGE_']"));
        assertTrue(!cells.isEmpty(), table.getText());
        for (WebElement cell : cells) {
            String status = cell.getAttribute("data-status");
            assertTrue(status.equals("PUBLISHED") || (status.equals("SUPPRESSED") && cell.getText().toLowerCase().contains("fewer than 11")),
                    status + " " + cell.getText());
            if (status.equals("PUBLISHED")) {
                int value = Integer.parseInt(cell.getText().replace(",", "").trim());
                assertTrue(value == 0 || value >= 11, cell.getText());
            }
        }
        String csv = browser.waitFor(By.cssSelector("[data-testid='download-csv']")).getAttribute("href");
        assertTrue(csv.contains("/api/reports/programmes/" + programme + "/export.csv"), csv);
    }
}
