package com.kapbenefit.portal.browser;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Markup stored through the API comes back as text: nothing a user typed ever runs in another user's browser. */
@MicronautTest(transactional = false)
class StoredInjectionBrowserTest extends BrowserTest {

    private static final String HOSTILE = "Wellbeing <img src=x onerror=\"window.__injected=1\"><script>window.__injected=2</script>";

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;

    @Test
    void aProgrammeNamedWithMarkupIsShownAsTextAndRunsNothing() {
        Api api = new Api(httpClient, json);
        ProgrammeFixtures.activeProgramme(api, api.accessToken(Api.HR_ADMIN), HOSTILE, 12, List.of("CA"));

        browser.signIn(Api.HR_ADMIN, DEMO_PASSWORD);
        browser.visit("/hr/programmes");
        browser.waitForText(By.tagName("main"), "<script>window.__injected=2</script>");
        Object injected = ((JavascriptExecutor) browser.driver()).executeScript("return window.__injected === undefined ? 'none' : String(window.__injected);");
        assertEquals("none", injected);
        assertEquals(0L, ((JavascriptExecutor) browser.driver()).executeScript("return document.querySelectorAll('main img[src=\"x\"]').length;"));
    }
}
