package com.kapbenefit.portal.browser;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Database;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's Spanish-speaking member in the Coachella Valley: a prescriber clears her, she is routed
 * to the Spanish-speaking therapist licensed in California and sees why, and the therapist accepts
 * and then, only then, sees how to reach her.
 */
@MicronautTest(transactional = false)
class ReferralBrowserTest extends BrowserTest {

    private static final String MEMBER = "member.es@kap.example";

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;

    @Test
    void aClearedMemberIsRoutedToASpanishSpeakingTherapistWhoAcceptsAndSeesHerContactDetails() {
        Api api = new Api(httpClient, json);
        String token = (String) api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", MEMBER, "password", DEMO_PASSWORD)))
                .map().get("accessToken");
        String accountId = (String) api.get("/api/identity/me", token).map().get("id");
        String caseId = database.one("SELECT id FROM clearance_case WHERE account_id = ?", accountId);

        browser.signIn("prescriber.es@kap.example", DEMO_PASSWORD);
        browser.visit("/provider/clearance");
        browser.click(By.cssSelector("[data-testid='accept-case-" + caseId + "']"));
        browser.waitForText(By.cssSelector("[data-testid='member-identity']"), "Ana Morales");
        browser.click(By.cssSelector("input[name='outcome'][value='CLEARED']"));
        browser.click(By.cssSelector("input[name='setting'][value='OFFICE_MONITORED']"));
        browser.click(By.cssSelector("[data-testid='record-decision']"));
        browser.waitFor(By.cssSelector("[data-testid='decision-recorded']"));

        browser.forgetEverything();
        browser.signIn(MEMBER, DEMO_PASSWORD);
        browser.visit("/member/therapist");
        browser.waitForText(By.cssSelector("[data-testid='therapist-name']"), "Elena Ruiz");
        String reasons = browser.waitFor(By.cssSelector("[data-testid='therapist-reasons']")).getText();
        assertTrue(reasons.contains("Spanish"), reasons);
        assertTrue(reasons.contains("California"), reasons);
        String referralId = database.one("SELECT id FROM referral WHERE account_id = ? AND open_account_id IS NOT NULL", accountId);

        browser.forgetEverything();
        browser.signIn("therapist.ca@kap.example", DEMO_PASSWORD);
        browser.visit("/provider/referrals");
        browser.click(By.cssSelector("[data-testid='accept-referral-" + referralId + "']"));
        browser.waitForText(By.cssSelector("[data-testid='member-contact']"), "Ana Morales");
        String contact = browser.waitFor(By.cssSelector("[data-testid='member-contact']")).getText();
        assertTrue(contact.contains("760") && contact.contains("member.es@kap.example"), contact);

        browser.forgetEverything();
        browser.signIn(MEMBER, DEMO_PASSWORD);
        browser.visit("/member/therapist");
        browser.waitForAttribute(By.cssSelector("[data-testid='referral-status']"), "data-status", "ACCEPTED");
    }
}
