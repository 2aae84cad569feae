package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.TestClock;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.HttpCookie;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SignInTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Accounts accounts;
    @Inject
    Database database;
    @Inject
    TestClock clock;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @ParameterizedTest
    @CsvSource({
            "admin@kap.example, PLATFORM_ADMIN, Platform Operator",
            "hr@sierrasoap.example, HR_ADMIN, Dana Whitfield",
            "member@kap.example, MEMBER, Quiet Heron",
            "therapist.ca@kap.example, PROVIDER, 'Elena Ruiz, LMFT'",
            "prescriber@kap.example, PROVIDER, 'Dr. Priya Shah, MD'"})
    void everyDemoAccountSignsInWithHttpOnlyStrictCookiesAndIsRecognised(String email, String role, String name) {
        Reply signIn = signIn(email, Api.DEMO_PASSWORD);

        assertEquals(200, signIn.status());
        HttpCookie access = signIn.cookie("kap_access").orElseThrow();
        HttpCookie refresh = signIn.cookie("kap_refresh").orElseThrow();
        for (String header : signIn.response().getHeaders().getAll("Set-Cookie")) {
            assertTrue(header.contains("HTTPOnly") || header.contains("HttpOnly"), header);
            assertTrue(header.contains("SameSite=Strict"), header);
        }
        assertTrue(access.getMaxAge() <= 15 * 60, "access token lives at most 15 minutes");
        assertFalse(signIn.body().contains(access.getValue()), "the browser's token never appears in the body");
        assertEquals(role, ((Map<?, ?>) signIn.map().get("user")).get("role"));

        Reply me = api.send(HttpRequest.GET("/api/identity/me").cookie(io.micronaut.http.cookie.Cookie.of("kap_access", access.getValue())));
        assertEquals(200, me.status());
        assertEquals(role, me.map().get("role"));
        assertEquals(name, me.map().get("displayName"));
        assertEquals("no-store", me.header("Cache-Control").orElse(""));
        assertFalse(refresh.getValue().isBlank());
    }

    @Test
    void hrAdminAndMemberSeeTheirEmployerButNoOneElseHasOne() {
        assertEquals("Sierra Soap Works", employerName(Api.HR_ADMIN));
        assertEquals("Sierra Soap Works", employerName(Api.MEMBER));
        assertEquals("Desert Bloom Bakery", employerName(Api.OTHER_HR_ADMIN));
        Reply admin = api.get("/api/identity/me", api.accessToken(Api.PLATFORM_ADMIN));
        assertNull(admin.map().get("employer"));
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        Reply unknown = signIn("nobody-" + UUID.randomUUID() + "@example.org", "whatever-password");
        Reply wrong = signIn(Api.HR_ADMIN, "not-the-password");

        assertEquals(401, unknown.status());
        assertEquals(unknown.status(), wrong.status());
        assertEquals(unknown.body(), wrong.body());
        assertEquals("application/problem+json", unknown.contentType());
        assertEquals("/problems/invalid-credentials", unknown.map().get("type"));
        assertTrue(unknown.cookie("kap_access").isEmpty());
    }

    @Test
    void badInputIsRefusedWithFieldMessagesAndStoresNothing() {
        long tokensBefore = database.count("SELECT COUNT(*) FROM refresh_token");
        long failuresBefore = database.count("SELECT COUNT(*) FROM sign_in_failure");

        Reply malformed = api.send(HttpRequest.POST("/api/identity/sessions", "{\"email\": \"hr@sierra")
                .contentType(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(400, malformed.status());
        assertEquals("/problems/malformed-request", malformed.map().get("type"));

        Reply missing = api.send(HttpRequest.POST("/api/identity/sessions", Map.of("email", Api.HR_ADMIN)));
        assertEquals(400, missing.status());
        assertEquals(List.of(Map.of("field", "password", "message", "must not be blank")), missing.map().get("errors"));

        Reply wrongForm = signIn("not-an-email", Api.DEMO_PASSWORD);
        assertEquals(400, wrongForm.status());
        assertEquals("email", ((Map<?, ?>) ((List<?>) wrongForm.map().get("errors")).get(0)).get("field"));

        Reply tooLong = signIn("a".repeat(250) + "@x.org", "p".repeat(201));
        assertEquals(400, tooLong.status());
        List<?> fields = ((List<?>) tooLong.map().get("errors")).stream().map(e -> ((Map<?, ?>) e).get("field")).distinct().toList();
        assertEquals(List.of("email", "password"), fields);

        for (Reply reply : List.of(malformed, missing, wrongForm, tooLong)) {
            assertEquals("application/problem+json", reply.contentType());
            assertFalse(reply.body().contains("Exception"), reply.body());
            assertFalse(reply.body().contains("com.kapbenefit"), reply.body());
        }
        assertEquals(tokensBefore, database.count("SELECT COUNT(*) FROM refresh_token"));
        assertEquals(failuresBefore, database.count("SELECT COUNT(*) FROM sign_in_failure"));
    }

    @Test
    void aDisabledAccountCannotSignInOrRefresh() {
        String email = "leaving-" + UUID.randomUUID() + "@example.org";
        String id = accounts.open(new NewAccount(email, accounts.hashPassword("a long enough password"), Role.PROVIDER, "Leaving Provider", null));
        Reply before = signIn(email, "a long enough password");
        assertEquals(200, before.status());

        accounts.disable(id);

        Reply after = signIn(email, "a long enough password");
        assertEquals(403, after.status());
        assertEquals("/problems/account-disabled", after.map().get("type"));
        Reply refresh = refresh(before.cookie("kap_refresh").orElseThrow().getValue());
        assertEquals(401, refresh.status());
    }

    @Test
    void tenFailuresInFifteenMinutesLockTheAccountForAWhileEvenWithTheRightPassword() {
        String email = "flooded-" + UUID.randomUUID() + "@example.org";
        accounts.open(new NewAccount(email, accounts.hashPassword("the right password"), Role.PROVIDER, "Flooded Provider", null));
        for (int i = 0; i < 10; i++) {
            assertEquals(401, signIn(email, "wrong password " + i).status());
        }

        Reply locked = signIn(email, "the right password");
        assertEquals(429, locked.status());
        assertEquals("/problems/too-many-sign-in-attempts", locked.map().get("type"));
        long retryAfter = Long.parseLong(locked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertTrue(locked.cookie("kap_access").isEmpty());

        clock.advance(Duration.ofMinutes(16));
        assertEquals(200, signIn(email, "the right password").status());
    }

    @Test
    void theLockCoversUnknownEmailsSoItDoesNotRevealWhichAccountsExist() {
        String email = "ghost-" + UUID.randomUUID() + "@example.org";
        for (int i = 0; i < 10; i++) {
            signIn(email, "guess " + i);
        }
        assertEquals(429, signIn(email, "guess 11").status());
    }

    @Test
    void refreshRotatesTheTokenAndReplayingAnOldOneEndsTheWholeSession() {
        Reply signIn = signIn(Api.MEMBER, Api.DEMO_PASSWORD);
        String first = signIn.cookie("kap_refresh").orElseThrow().getValue();

        Reply rotated = refresh(first);
        assertEquals(200, rotated.status());
        String second = rotated.cookie("kap_refresh").orElseThrow().getValue();
        assertNotEquals(first, second);
        assertTrue(rotated.cookie("kap_access").isPresent());

        assertEquals(401, refresh(first).status(), "a rotated token is refused");
        assertEquals(401, refresh(second).status(), "and its reuse revoked the family");
    }

    @Test
    void signOutRevokesTheRefreshTokenAndClearsTheCookies() {
        Reply signIn = signIn(Api.PROVIDER, Api.DEMO_PASSWORD);
        String refreshToken = signIn.cookie("kap_refresh").orElseThrow().getValue();

        Reply signOut = api.send(HttpRequest.DELETE("/api/identity/sessions/current").header("X-Requested-With", "kap-portal")
                .cookie(io.micronaut.http.cookie.Cookie.of("kap_refresh", refreshToken)));
        assertEquals(204, signOut.status());
        assertEquals(0, signOut.cookie("kap_access").orElseThrow().getMaxAge());
        assertEquals(0, signOut.cookie("kap_refresh").orElseThrow().getMaxAge());

        assertEquals(401, refresh(refreshToken).status());
    }

    @Test
    void aWriteRidingOnTheSessionCookiesFromAnotherSiteIsRefusedAndChangesNothing() {
        Reply signIn = signIn(Api.HR_ADMIN, Api.DEMO_PASSWORD);
        io.micronaut.http.cookie.Cookie access = io.micronaut.http.cookie.Cookie.of("kap_access", signIn.cookie("kap_access").orElseThrow().getValue());
        String refreshToken = signIn.cookie("kap_refresh").orElseThrow().getValue();
        long programmes = database.count("SELECT COUNT(*) FROM programme");

        Reply forged = api.send(HttpRequest.POST("/api/sponsorship/programmes", com.kapbenefit.portal.support.ProgrammeFixtures.request("Forged programme", 50)).cookie(access));
        assertEquals(403, forged.status());
        assertEquals("/problems/cross-site-request", forged.map().get("type"));
        Reply markedCrossSite = api.send(HttpRequest.POST("/api/sponsorship/programmes", com.kapbenefit.portal.support.ProgrammeFixtures.request("Forged programme", 50)).cookie(access)
                .header("X-Requested-With", "kap-portal").header("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, markedCrossSite.status());
        Reply signOut = api.send(HttpRequest.DELETE("/api/identity/sessions/current")
                .cookie(io.micronaut.http.cookie.Cookie.of("kap_refresh", refreshToken)));
        assertEquals(403, signOut.status());
        assertEquals(programmes, database.count("SELECT COUNT(*) FROM programme"));
        assertEquals(200, refresh(refreshToken).status(), "the forged sign-out revoked nothing");

        assertEquals(200, api.send(HttpRequest.GET("/api/identity/me").cookie(access)).status(), "reads need no header");
    }

    @Test
    void apiClientsGetBearerTokensThatWorkUntilRevoked() {
        Reply issued = api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", Api.PRESCRIBER, "password", Api.DEMO_PASSWORD)));
        assertEquals(200, issued.status());
        assertEquals("Bearer", issued.map().get("tokenType"));
        assertEquals(900, ((Number) issued.map().get("expiresIn")).intValue());
        String accessToken = (String) issued.map().get("accessToken");
        String refreshToken = (String) issued.map().get("refreshToken");
        assertEquals(200, api.get("/api/providers/me", accessToken).status());

        assertEquals(204, api.send(HttpRequest.POST("/api/identity/tokens/revoke", Map.of("refreshToken", refreshToken))).status());
        assertEquals(401, api.send(HttpRequest.POST("/api/identity/tokens/refresh", Map.of("refreshToken", refreshToken))).status());
    }

    @Test
    void passwordsAreStoredOnlyAsArgon2idAndEmailsOnlyAsKeyedHashes() {
        assertEquals(0, database.count("SELECT COUNT(*) FROM user_account WHERE password_hash NOT LIKE '$argon2id$v=19$m=%'"));
        assertEquals(0, database.count("SELECT COUNT(*) FROM user_account WHERE sign_in_key LIKE '%@%'"));
        assertTrue(database.count("SELECT COUNT(*) FROM user_account") >= 9);
    }

    private String employerName(String email) {
        Reply me = api.get("/api/identity/me", api.accessToken(email));
        return (String) ((Map<?, ?>) me.map().get("employer")).get("displayName");
    }

    private Reply signIn(String email, String password) {
        return api.send(HttpRequest.POST("/api/identity/sessions", Map.of("email", email, "password", password)));
    }

    private Reply refresh(String refreshToken) {
        return api.send(HttpRequest.POST("/api/identity/sessions/refresh", "").header("X-Requested-With", "kap-portal")
                .cookie(io.micronaut.http.cookie.Cookie.of("kap_refresh", refreshToken)));
    }
}
