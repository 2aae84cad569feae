package com.kapbenefit.portal.browser;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Members;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member consents and answers the questionnaires; an answer about self-harm brings crisis help at once. */
@MicronautTest(transactional = false)
class ScreeningBrowserTest extends BrowserTest {

    private static final List<String> KINDS = List.of("TELEHEALTH", "CARE_COORDINATION", "RELEASE_OF_INFORMATION", "EMPLOYER_REPORTS");

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    @Test
    void aMemberConsentsAnswersAndSeesCrisisHelpTheMomentItIsNeeded() {
        Api api = new Api(httpClient, json);
        Members.Member member = Members.enrol(api);
        browser.signIn(member.email(), Members.PASSWORD);

        browser.visit("/member/consents");
        for (String kind : KINDS) {
            browser.click(By.cssSelector("[data-testid='accept-" + kind + "']"));
            browser.waitFor(By.cssSelector("[data-testid='revoke-" + kind + "']"));
        }
        browser.click(By.cssSelector("[data-testid='go-to-screening']"));

        answerAll("PHQ9", 9, 0);
        browser.click(By.cssSelector("input[name='PHQ9-8'][value='1']"));
        browser.click(By.cssSelector("[data-testid='submit-PHQ9']"));
        WebElement crisis = browser.waitFor(By.cssSelector("[data-testid='crisis-now']"));
        assertTrue(crisis.getText().contains("988"), crisis.getText());
        assertEquals("alert", crisis.getAttribute("role"));

        answerAll("GAD7", 7, 1);
        browser.click(By.cssSelector("[data-testid='submit-GAD7']"));
        answerAll("PCL5", 20, 1);
        browser.click(By.cssSelector("[data-testid='submit-PCL5']"));
        answerAll("CONTRAINDICATIONS", 7, 0);
        browser.click(By.cssSelector("[data-testid='submit-CONTRAINDICATIONS']"));
        browser.waitFor(By.cssSelector("[data-testid='screening-complete']"));
        assertTrue(browser.driver().findElement(By.cssSelector("[data-testid='crisis-now']")).isDisplayed(),
                "crisis help stays in view for the rest of the visit");

        browser.visit("/member/scores");
        String scores = browser.waitFor(By.cssSelector("[data-testid='my-scores']")).getText();
        assertTrue(scores.contains("PHQ-9") && scores.contains("GAD-7") && scores.contains("PCL-5"), scores);
    }

    private void answerAll(String instrument, int items, int value) {
        for (int item = 0; item < items; item++) {
            browser.click(By.cssSelector("input[name='" + instrument + "-" + item + "'][value='" + value + "']"));
        }
    }
}
