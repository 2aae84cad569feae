package com.kapbenefit.portal.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.LocalDate;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A therapist submits a licence; the platform operator verifies it. */
@MicronautTest(transactional = false)
class ProviderNetworkBrowserTest extends BrowserTest {

    @Test
    void aTherapistsNewLicenceCountsOnceTheOperatorVerifiesIt() {
        String number = "UT-" + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn("therapist.ca@kap.example", DEMO_PASSWORD);
        browser.visit("/provider");
        new Select(browser.waitFor(By.id("licence-state"))).selectByValue("UT");
        browser.type(By.id("licence-type"), "LMFT");
        browser.type(By.id("licence-number"), number);
        browser.setDate(By.id("licence-issued-on"), LocalDate.now().minusYears(1).toString());
        browser.setDate(By.id("licence-expires-on"), LocalDate.now().plusYears(2).toString());
        browser.click(By.cssSelector("[data-testid='add-licence']"));
        browser.waitForText(By.tagName("main"), number);

        browser.forgetEverything();
        browser.signIn("admin@kap.example", DEMO_PASSWORD);
        browser.visit("/admin/licences");
        WebElement row = browser.waitFor(By.xpath("//tr[contains(., '" + number + "')]"));
        row.findElement(By.cssSelector("[data-testid^='verify-licence-']")).click();
        browser.waitForGone(By.xpath("//tr[contains(., '" + number + "')]"));

        browser.visit("/admin");
        String providers = browser.waitFor(By.xpath("//tr[contains(., 'Elena Ruiz')]")).getText();
        assertTrue(providers.contains("UT"), providers);
    }
}
