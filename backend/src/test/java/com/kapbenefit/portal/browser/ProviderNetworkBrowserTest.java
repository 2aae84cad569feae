package com.kapbenefit.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A therapist submits a licence; the platform operator verifies it. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderNetworkBrowserTest {

    private static final String PASSWORD = "KapDemo!2026";

    @Inject
    EmbeddedServer server;

    Browser browser;

    @BeforeAll
    void openBrowser() {
        browser = Browser.open(server.getURL().toString());
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startFresh() {
        browser.forgetEverything();
    }

    @Test
    void aTherapistsNewLicenceCountsOnceTheOperatorVerifiesIt() {
        String number = "UT-" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("therapist.ca@kap.example", PASSWORD);
        browser.visit("/provider");
        new Select(browser.waitFor(By.id("licence-state"))).selectByValue("UT");
        browser.type(By.id("licence-type"), "LMFT");
        browser.type(By.id("licence-number"), number);
        browser.setDate(By.id("licence-issued-on"), LocalDate.now().minusYears(1).toString());
        browser.setDate(By.id("licence-expires-on"), LocalDate.now().plusYears(2).toString());
        browser.click(By.cssSelector("[data-testid='add-licence']"));
        browser.waitForText(By.tagName("main"), number);

        browser.forgetEverything();
        browser.signIn("admin@kap.example", PASSWORD);
        browser.visit("/admin/licences");
        WebElement row = browser.waitFor(By.xpath("//tr[contains(., '" + number + "')]"));
        row.findElement(By.cssSelector("[data-testid^='verify-licence-']")).click();
        browser.waitForGone(By.xpath("//tr[contains(., '" + number + "')]"));

        browser.visit("/admin");
        String providers = browser.waitFor(By.xpath("//tr[contains(., 'Elena Ruiz')]")).getText();
        assertTrue(providers.contains("UT"), providers);
    }
}
