package com.kapbenefit.portal.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/** The test JVM's headless Chromium, against this class's embedded server; every test starts as a first-time visitor. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "KapDemo!2026";

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
}
