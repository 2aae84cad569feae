package com.kapbenefit.portal.browser;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

/**
 * Headless Chromium from the machine's packages. Where it is missing the browser tests are
 * skipped with a loud message, unless KAP_REQUIRE_BROWSER=true (CI), where that is a failure.
 */
final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File(System.getenv().getOrDefault("KAP_CHROMIUM", "/usr/bin/chromium"));
    private static final File CHROMEDRIVER = new File(System.getenv().getOrDefault("KAP_CHROMEDRIVER", "/usr/bin/chromedriver"));

    /**
     * UTC+14, far from every zone the portal serves: a page that takes "today" from the browser
     * instead of the server shows the wrong day here at almost every hour.
     */
    static final String TIME_ZONE = "Pacific/Kiritimati";

    private final ChromeDriver driver;
    private final String baseUrl;

    private Browser(ChromeDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    /** One Chromium per test JVM, started at first use: launching one costs more than most tests. */
    private static ChromeDriver shared;

    static Browser open(String baseUrl) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            String message = "BROWSER TESTS SKIPPED: no Chromium at " + CHROMIUM + " or ChromeDriver at " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)";
            System.err.println("\n*** " + message + " ***\n");
            if (Boolean.parseBoolean(System.getenv("KAP_REQUIRE_BROWSER"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return new Browser(sharedDriver(), baseUrl);
    }

    private static synchronized ChromeDriver sharedDriver() {
        if (shared == null) {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=en-US",
                    "--user-data-dir=" + temporaryProfile());
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                    .withEnvironment(Map.of("TZ", TIME_ZONE)).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
            shared = driver;
        }
        return shared;
    }

    /** Selenium looks again only every half second by default, which alone cost seconds per test. */
    private WebDriverWait patiently() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.pollingEvery(Duration.ofMillis(25));
        return wait;
    }

    /** Always a fresh document: going to the URL already shown would let a wait find the old page's elements. */
    void visit(String path) {
        String target = baseUrl + path;
        if (driver.getCurrentUrl().equals(target)) {
            driver.get("about:blank");
        }
        driver.get(target);
    }

    WebElement waitFor(By locator) {
        return patiently()
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForText(By locator, String text) {
        patiently()
                .until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitForGone(By locator) {
        patiently().until(ExpectedConditions.numberOfElementsToBe(locator, 0));
    }

    void waitForAttribute(By locator, String attribute, String value) {
        patiently()
                .until(ExpectedConditions.attributeToBe(locator, attribute, value));
    }

    void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    void click(By locator) {
        patiently().until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Date inputs take their value the way a date picker sets it: native setter, then an input event. */
    void setDate(By locator, String isoDate) {
        driver.executeScript("const input = arguments[0];"
                + "Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, arguments[1]);"
                + "input.dispatchEvent(new Event('input', {bubbles: true}));", waitFor(locator), isoDate);
    }

    /** Signs in through the form and waits for the signed-in home. */
    void signIn(String email, String password) {
        visit("/sign-in");
        type(By.id("email"), email);
        type(By.id("password"), password);
        click(By.cssSelector("[data-testid='sign-in-submit']"));
        waitFor(By.cssSelector("[data-testid='sign-out']"));
    }

    /** Puts this browser's clock in another zone, as a traveller's laptop would be, until the test class ends. */
    void useTimeZone(String zone) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zone));
    }

    WebDriver driver() {
        return driver;
    }

    /** Starts the next test as a first-time visitor: no session cookies, no remembered language. */
    void forgetEverything() {
        driver.get("about:blank");
        // Cleared for the whole origin: deleteAllCookies() sees only the current path's, and the refresh cookie lives under /api.
        driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin(), "storageTypes", "cookies,local_storage,session_storage"));
    }

    private String origin() {
        java.net.URI uri = java.net.URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getAuthority();
    }

    /** Hands the browser to the next test class as it found it: no cookies on any port, the harness's zone. */
    @Override
    public void close() {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", ""));
    }

    private static String temporaryProfile() {
        try {
            return Files.createTempDirectory("kap-chromium-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
