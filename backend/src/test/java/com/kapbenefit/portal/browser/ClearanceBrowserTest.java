package com.kapbenefit.portal.browser;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A prescriber takes a screened member's case, sees who they are, and clears them for care at home with a sitter. */
@MicronautTest(transactional = false)
class ClearanceBrowserTest extends BrowserTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;

    @Test
    void aPrescriberClearsAScreenedMember() {
        Api api = new Api(httpClient, json);
        Members.Member member = Members.screened(api, "CA", false, false);
        String accountId = (String) api.get("/api/identity/me", member.accessToken()).map().get("id");
        String caseId = database.one("SELECT id FROM clearance_case WHERE account_id = ?", accountId);

        browser.signIn("prescriber.es@kap.example", DEMO_PASSWORD);
        browser.visit("/provider/clearance");
        browser.click(By.cssSelector("[data-testid='accept-case-" + caseId + "']"));

        String identity = browser.waitFor(By.cssSelector("[data-testid='member-identity']")).getText();
        assertTrue(identity.contains("Test Member"), identity);
        browser.click(By.cssSelector("input[name='outcome'][value='CLEARED']"));
        browser.click(By.cssSelector("input[name='setting'][value='HOME_WITH_SITTER']"));
        browser.click(By.cssSelector("[data-testid='record-decision']"));
        browser.waitFor(By.cssSelector("[data-testid='decision-recorded']"));

        browser.forgetEverything();
        browser.signIn(member.email(), Members.PASSWORD);
        browser.visit("/member");
        browser.waitForText(By.cssSelector("[data-testid='clearance-status']"), "sober sitter");
    }
}
