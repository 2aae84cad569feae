package com.kapbenefit.portal.browser;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person at a real (headless) Chromium signing in and out of the bundled app. */
@MicronautTest(transactional = false)
class SignInBrowserTest extends BrowserTest {

    private static final By HEADING = By.cssSelector("h1[data-testid='home-heading']");
    private static final By SIGN_IN_HEADING = By.cssSelector("h1[data-testid='sign-in-heading']");

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource({
            "admin@kap.example,        PLATFORM_ADMIN, Platform operations",
            "hr@sierrasoap.example,    HR_ADMIN,       Sierra Soap Works",
            "member@kap.example,       MEMBER,         Your journey",
            "therapist.ca@kap.example, PROVIDER,       Your practice",
            "prescriber@kap.example,   PROVIDER,       Your practice"})
    void eachRoleSignsInToItsOwnHomeAndSignsOut(String email, String role, String heading) {
        signIn(email, DEMO_PASSWORD);

        browser.waitForText(HEADING, heading);
        browser.waitForAttribute(By.tagName("main"), "data-role", role);
        Cookie session = browser.driver().manage().getCookieNamed("kap_access");
        assertTrue(session != null && session.isHttpOnly(), "the session lives in an HttpOnly cookie");

        browser.waitFor(By.cssSelector("[data-testid='sign-out']")).click();
        browser.waitFor(SIGN_IN_HEADING);
        assertEquals(null, browser.driver().manage().getCookieNamed("kap_access"));

        browser.visit("/");
        browser.waitFor(SIGN_IN_HEADING);
    }

    @Test
    void theMemberAlwaysSeesCrisisResources() {
        signIn("member@kap.example", DEMO_PASSWORD);
        WebElement crisis = browser.waitFor(By.cssSelector("[data-testid='crisis-resources']"));
        assertTrue(crisis.getText().contains("988"), crisis.getText());
        assertTrue(browser.driver().findElement(By.cssSelector("a[href^='tel:988']")).isDisplayed());
    }

    @Test
    void anHrAdminSentToTheMemberAreaIsToldTheyHaveNoAccess() {
        signIn("hr@sierrasoap.example", DEMO_PASSWORD);
        browser.waitForText(HEADING, "Sierra Soap Works");
        browser.visit("/member");
        browser.waitFor(By.tagName("main"));
        String page = browser.driver().findElement(By.tagName("main")).getText();
        assertFalse(page.contains("Quiet Heron"), "no member data reaches an HR admin's browser");
        assertTrue(page.toLowerCase().contains("access"), page);
    }

    @Test
    void switchingToSpanishTranslatesThePageAndIsRemembered() {
        browser.visit("/sign-in");
        browser.waitForText(SIGN_IN_HEADING, "Sign in");

        new Select(browser.waitFor(By.id("language"))).selectByValue("es");
        browser.waitForText(SIGN_IN_HEADING, "Iniciar sesión");
        assertEquals("es", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));

        browser.driver().navigate().refresh();
        browser.waitForText(SIGN_IN_HEADING, "Iniciar sesión");

        signIn("member@kap.example", DEMO_PASSWORD);
        browser.waitForText(HEADING, "Tu camino");
    }

    @Test
    void aMalformedEmailShowsAFieldMessageAndAWrongPasswordAProblem() {
        browser.visit("/sign-in");
        browser.waitFor(By.id("email")).sendKeys("not-an-email");
        browser.driver().findElement(By.id("password")).sendKeys("anything");
        browser.driver().findElement(By.cssSelector("[data-testid='sign-in-submit']")).click();

        WebElement emailError = browser.waitFor(By.id("email-error"));
        assertFalse(emailError.getText().isBlank());
        assertEquals("true", browser.driver().findElement(By.id("email")).getAttribute("aria-invalid"));

        signIn("hr@sierrasoap.example", "not-the-password");
        WebElement problem = browser.waitFor(By.cssSelector("[data-testid='form-problem']"));
        assertEquals("/problems/invalid-credentials", problem.getAttribute("data-problem-type"));
        assertEquals("alert", problem.getAttribute("role"));
        assertTrue(browser.driver().findElements(HEADING).isEmpty(), "still on the sign-in page");
    }

    private void signIn(String email, String password) {
        browser.visit("/sign-in");
        WebElement emailField = browser.waitFor(By.id("email"));
        emailField.clear();
        emailField.sendKeys(email);
        WebElement passwordField = browser.driver().findElement(By.id("password"));
        passwordField.clear();
        passwordField.sendKeys(password);
        browser.driver().findElement(By.cssSelector("[data-testid='sign-in-submit']")).click();
    }
}
