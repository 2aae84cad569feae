package com.kapbenefit.portal.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HR admins and the platform operator at work in a real browser. */
@MicronautTest(transactional = false)
class SponsorshipBrowserTest extends BrowserTest {

    @Test
    void anHrAdminCreatesAndActivatesAProgrammeUploadsAListAndReadsAStatement() throws Exception {
        browser.signIn("hr@sierrasoap.example", DEMO_PASSWORD);
        browser.visit("/hr/programmes");
        browser.click(By.cssSelector("[data-testid='new-programme']"));

        String name = "Browser programme " + UUID.randomUUID().toString().substring(0, 8);
        browser.type(By.id("programme-name"), name);
        browser.setDate(By.id("programme-starts-on"), LocalDate.now().minusDays(1).toString());
        browser.setDate(By.id("programme-ends-on"), LocalDate.now().plusMonths(11).toString());
        browser.type(By.id("programme-seats"), "25");
        browser.click(By.cssSelector("[data-testid='save-programme']"));

        browser.click(By.cssSelector("[data-testid='activate-programme']"));
        browser.click(By.cssSelector("[data-testid='confirm-action']"));
        String code = browser.waitFor(By.cssSelector("[data-testid='enrolment-code']")).getText();
        assertTrue(code.matches(".*[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{2}.*"), code);

        upload("email\nana@sierrasoap.example\nbroken@\nben@sierrasoap.example\n");
        browser.waitFor(By.cssSelector("[data-testid='eligibility-report'] [data-line='3']"));
        assertTrue(browser.waitFor(By.cssSelector("[data-testid='eligibility-report']")).getText().contains("3"));

        upload("email\nana@sierrasoap.example\nben@sierrasoap.example\n");
        String result = browser.waitFor(By.cssSelector("[data-testid='eligibility-result']")).getText();
        assertTrue(result.contains("2"), result);

        browser.click(By.cssSelector("a[data-testid^='statement-link-']"));
        String statement = browser.waitFor(By.cssSelector("[data-testid='statement']")).getText();
        assertTrue(statement.contains(name), statement);
        assertTrue(statement.contains("25"), statement);
        assertTrue(statement.contains("78,750"), "25 seats x USD 3,150: " + statement);
        assertFalse(statement.contains("ana@sierrasoap.example"));
    }

    @Test
    void theOperatorInvitesAnHrAdminWhoJoinsThroughTheLink() {
        browser.signIn("admin@kap.example", DEMO_PASSWORD);
        browser.visit("/admin");
        browser.click(By.linkText("Desert Bloom Bakery"));
        String email = "new.hr-" + UUID.randomUUID().toString().substring(0, 8) + "@desertbloom.example";
        browser.type(By.id("invite-email"), email);
        browser.type(By.id("invite-name"), "Rosa Vega");
        browser.click(By.cssSelector("[data-testid='send-invitation']"));
        String link = browser.waitFor(By.cssSelector("[data-testid='invitation-link']")).getAttribute("value");
        assertTrue(link.contains("/invitations/"), link);

        browser.forgetEverything();
        browser.driver().get(link);
        browser.waitForText(By.cssSelector("[data-testid='invitation-heading']"), "Desert Bloom Bakery");
        browser.type(By.id("invitation-password"), "a long and private passphrase");
        browser.type(By.id("invitation-password-confirm"), "a long and private passphrase");
        browser.click(By.cssSelector("[data-testid='accept-invitation']"));
        browser.waitFor(By.cssSelector("[data-testid='invitation-accepted']"));

        browser.signIn(email, "a long and private passphrase");
        browser.waitForText(By.cssSelector("h1[data-testid='home-heading']"), "Desert Bloom Bakery");
    }

    private void upload(String csv) throws Exception {
        Path file = Files.createTempFile("eligibility-", ".csv");
        Files.writeString(file, csv);
        browser.waitFor(By.id("eligibility-file")).sendKeys(file.toAbsolutePath().toString());
        browser.click(By.cssSelector("[data-testid='upload-eligibility']"));
    }
}
