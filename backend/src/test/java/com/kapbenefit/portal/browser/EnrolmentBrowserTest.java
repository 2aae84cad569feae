package com.kapbenefit.portal.browser;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new employee, from the welcome page to their own member home, in English and in Spanish. */
@MicronautTest(transactional = false)
class EnrolmentBrowserTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    String code;

    @BeforeAll
    void createProgramme() {
        Api api = new Api(httpClient, json);
        String hr = api.accessToken(Api.HR_ADMIN);
        String programme = ProgrammeFixtures.activeProgramme(api, hr, "Browser enrolment", 10);
        code = (String) api.get("/api/sponsorship/programmes/" + programme, hr).map().get("enrolmentCode");
        api.postCsv("/api/sponsorship/programmes/" + programme + "/eligibility?mode=REPLACE",
                "email\nana.english@sierrasoap.example\nlucia.espanol@sierrasoap.example\n", hr);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, ana.english@sierrasoap.example, Your journey, Sierra Soap Works",
            "es, lucia.espanol@sierrasoap.example, Tu camino, Sierra Soap Works"})
    void aNewEmployeeEnrolsFromTheWelcomePage(String language, String workEmail, String homeHeading, String sponsor) {
        browser.visit("/welcome");
        new Select(browser.waitFor(By.id("language"))).selectByValue(language);
        assertTrue(browser.waitFor(By.tagName("main")).getText().contains("988"), "crisis resources on the welcome page");
        browser.click(By.cssSelector("[data-testid='start-enrolment']"));

        browser.type(By.id("enrol-code"), code);
        browser.type(By.id("enrol-work-identifier"), workEmail);
        browser.click(By.cssSelector("[data-testid='check-eligibility']"));

        browser.waitFor(By.id("enrol-pseudonym"));
        String personalEmail = language + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mail.example";
        browser.type(By.id("enrol-pseudonym"), "Calm Wren " + language);
        browser.type(By.id("enrol-email"), personalEmail);
        browser.type(By.id("enrol-password"), "una frase muy privada");
        browser.type(By.id("enrol-password-confirm"), "una frase muy privada");
        browser.type(By.id("enrol-legal-name"), "Lucía Hernández");
        browser.setDate(By.id("enrol-birth-date"), "1990-04-21");
        new Select(browser.waitFor(By.id("enrol-state"))).selectByValue("CA");
        browser.click(By.cssSelector("[data-testid='create-account']"));

        browser.waitForText(By.cssSelector("h1[data-testid='home-heading']"), homeHeading);
        browser.waitForAttribute(By.tagName("main"), "data-role", "MEMBER");
        assertTrue(browser.waitFor(By.tagName("main")).getText().contains(sponsor));
        assertEquals(language, browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
    }
}
