package com.kapbenefit.portal.enrolment;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class EnrolmentTest {

    private static final String PASSWORD = "my own private passphrase";

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;

    Api api;
    String hr;
    String programmeId;
    String code;
    String client;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        hr = api.accessToken(Api.HR_ADMIN);
        client = "203.0.113." + (int) (Math.random() * 250);
        programmeId = ProgrammeFixtures.activeProgramme(api, hr, "Enrolment " + UUID.randomUUID(), 30);
        code = (String) api.get("/api/sponsorship/programmes/" + programmeId, hr).map().get("enrolmentCode");
        Reply uploaded = api.postCsv("/api/sponsorship/programmes/" + programmeId + "/eligibility?mode=REPLACE",
                "email,date_of_birth\nmaria.lopez@sierrasoap.example,\ne-4471@sierrasoap.example,1979-11-02\n", hr);
        assertEquals(200, uploaded.status(), uploaded.body());
    }

    @Test
    void wrongCodeUnlistedPersonWrongBirthDateAndClosedProgrammeAllGetTheSameAnswer() {
        Reply eligible = check(code, "  Maria.Lopez@SierraSoap.example ", null);
        assertEquals(200, eligible.status(), eligible.body());
        assertEquals("Sierra Soap Works", eligible.map().get("employerDisplayName"));
        assertEquals(List.of("CA", "NY"), eligible.map().get("states"));
        assertEquals(200, check(code.replace("-", "").toLowerCase(), "e-4471@sierrasoap.example", "1979-11-02").status(),
                "codes are typed without dashes or capitals too");

        List<Reply> refused = List.of(
                check("ABCD-EFGH-JK", "maria.lopez@sierrasoap.example", null),
                check(code, "someone.else@sierrasoap.example", null),
                check(code, "e-4471@sierrasoap.example", null),
                check(code, "e-4471@sierrasoap.example", "1980-01-01"));
        for (Reply reply : refused) {
            assertEquals(404, reply.status());
            assertEquals(refused.get(0).body(), reply.body());
        }
        assertEquals("/problems/not-eligible", refused.get(0).map().get("type"));

        api.post("/api/sponsorship/programmes/" + programmeId + "/close", Map.of(), hr);
        assertEquals(refused.get(0).body(), check(code, "maria.lopez@sierrasoap.example", null).body());
    }

    @Test
    void repeatedFailedChecksFromOneDeviceAreSlowedDown() {
        for (int i = 0; i < 20; i++) {
            assertEquals(404, check(code, "guess" + i + "@sierrasoap.example", null).status());
        }
        Reply throttled = check(code, "maria.lopez@sierrasoap.example", null);
        assertEquals(429, throttled.status());
        assertTrue(throttled.header("Retry-After").isPresent());
    }

    @Test
    void repeatedFailedEnrolmentsFromOneDeviceAreSlowedDownToo() {
        for (int i = 0; i < 20; i++) {
            Reply refused = enrol("guess" + i + "@sierrasoap.example", "guess" + i + "@mail.example", null);
            assertEquals(404, refused.status(), refused.body());
        }
        Reply throttled = enrol("maria.lopez@sierrasoap.example", "maria.private-" + UUID.randomUUID() + "@mail.example", null);
        assertEquals(429, throttled.status(), throttled.body());
        assertTrue(throttled.header("Retry-After").isPresent());
    }

    @Test
    void anEligibleEmployeeEnrolsPseudonymouslyWithTheIdentitySealedInTheVault() {
        Reply enrolled = enrol("maria.lopez@sierrasoap.example", "maria.private-" + UUID.randomUUID() + "@mail.example", "Soft Lark");
        assertEquals(201, enrolled.status(), enrolled.body());
        String email = (String) enrolled.map().get("email");
        assertEquals(1, database.count("SELECT seats_used FROM seat_pool WHERE programme_id = ?", programmeId));

        String member = signIn(email);
        Map<String, Object> me = api.get("/api/enrolment/me", member).map();
        assertEquals("Soft Lark", me.get("pseudonym"));
        assertEquals("Sierra Soap Works", me.get("employerDisplayName"));
        assertEquals(true, me.get("stateSupported"));

        long readsBefore = database.count("SELECT COUNT(*) FROM identity_vault_read");
        Map<String, Object> identity = api.get("/api/enrolment/me/identity", member).map();
        assertEquals("María José López-Ortega", identity.get("legalName"));
        assertEquals("1984-07-19", identity.get("birthDate"));
        assertEquals(readsBefore + 1, database.count("SELECT COUNT(*) FROM identity_vault_read"), "the read was recorded");

        for (String clear : List.of("María José", "López-Ortega", "+1 760 555 0199", "Ocotillo", "1984-07-19", email, "maria.lopez@sierrasoap")) {
            assertEquals(0, database.countCellsContaining(clear), "found in clear: " + clear);
        }
    }

    @Test
    void repeatingTheSameEnrolmentIsHarmlessAndSomeoneElseCannotReuseTheEligibility() {
        String email = "repeat-" + UUID.randomUUID() + "@mail.example";
        assertEquals(201, enrol("maria.lopez@sierrasoap.example", email, null).status());
        long accounts = database.count("SELECT COUNT(*) FROM user_account");

        Reply again = enrol("maria.lopez@sierrasoap.example", email, null);
        assertEquals(200, again.status(), again.body());
        assertEquals(accounts, database.count("SELECT COUNT(*) FROM user_account"));
        assertEquals(1, database.count("SELECT seats_used FROM seat_pool WHERE programme_id = ?", programmeId));

        Reply other = enrol("maria.lopez@sierrasoap.example", "intruder-" + UUID.randomUUID() + "@mail.example", null);
        assertEquals(409, other.status());
        assertEquals("/problems/already-enrolled", other.map().get("type"));
        assertEquals(accounts, database.count("SELECT COUNT(*) FROM user_account"));
    }

    @Test
    void theWorkAddressCannotBeTheSignInAddressAndBadInputStoresNothing() {
        long accounts = database.count("SELECT COUNT(*) FROM user_account");
        Reply work = enrol("maria.lopez@sierrasoap.example", "maria.lopez@sierrasoap.example", null);
        assertEquals(400, work.status());
        assertEquals("email", ((Map<?, ?>) ((List<?>) work.map().get("errors")).get(0)).get("field"));

        Map<String, Object> bad = request("maria.lopez@sierrasoap.example", "x@mail.example", null);
        bad.put("password", "short");
        bad.put("birthDate", "2999-01-01");
        bad.put("state", "TX");
        assertEquals(400, api.send(HttpRequest.POST("/api/enrolment/enrolments", bad).header("X-Forwarded-For", client)).status());
        assertEquals(accounts, database.count("SELECT COUNT(*) FROM user_account"));
    }

    @Test
    void whenTheLastSeatIsTakenTheNextEmployeeIsToldKindlyAndNothingIsCreated() throws Exception {
        String tiny = ProgrammeFixtures.activeProgramme(api, hr, "Tiny " + UUID.randomUUID(), 1);
        String tinyCode = (String) api.get("/api/sponsorship/programmes/" + tiny, hr).map().get("enrolmentCode");
        StringBuilder list = new StringBuilder("email\n");
        for (int i = 0; i < 8; i++) {
            list.append("racer").append(i).append("@sierrasoap.example\n");
        }
        api.postCsv("/api/sponsorship/programmes/" + tiny + "/eligibility?mode=REPLACE", list.toString(), hr);
        long accounts = database.count("SELECT COUNT(*) FROM user_account");
        long vault = database.count("SELECT COUNT(*) FROM identity_vault");

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Reply>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Map<String, Object> body = request("racer" + i + "@sierrasoap.example", "racer" + i + "-" + UUID.randomUUID() + "@mail.example", null);
            body.put("enrolmentCode", tinyCode);
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return api.send(HttpRequest.POST("/api/enrolment/enrolments", body).header("X-Forwarded-For", client));
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Reply> racer : racers) {
            Reply reply = racer.get();
            statuses.add(reply.status());
            if (reply.status() == 409) {
                assertEquals("/problems/no-seats-left", reply.map().get("type"));
            }
        }
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(accounts + 1, database.count("SELECT COUNT(*) FROM user_account"));
        assertEquals(vault + 1, database.count("SELECT COUNT(*) FROM identity_vault"));
        assertEquals(1, database.count("SELECT seats_used FROM seat_pool WHERE programme_id = ?", tiny));
    }

    @Test
    void aMemberOutsideTheCareStatesKeepsTheirAccountAndWithdrawingReleasesTheSeat() {
        String email = "leaving-" + UUID.randomUUID() + "@mail.example";
        assertEquals(201, enrol("maria.lopez@sierrasoap.example", email, null).status());
        String member = signIn(email);

        Reply moved = api.put("/api/enrolment/me/location", Map.of("state", "OTHER"), member);
        assertEquals(false, moved.map().get("stateSupported"));

        Reply withdrawn = api.post("/api/enrolment/me/withdraw", Map.of(), member);
        assertEquals(Map.of("status", "WITHDRAWN", "seatReleased", true), withdrawn.map());
        assertEquals(0, database.count("SELECT seats_used FROM seat_pool WHERE programme_id = ?", programmeId));
        assertEquals(false, api.post("/api/enrolment/me/withdraw", Map.of(), member).map().get("seatReleased"));
        assertEquals(200, api.get("/api/enrolment/me", member).status(), "the account stays");
    }

    @Test
    void onlyTheMemberReachesMemberEndpoints() {
        for (String email : List.of(Api.HR_ADMIN, Api.PLATFORM_ADMIN, Api.PROVIDER)) {
            String token = api.accessToken(email);
            assertEquals(403, api.get("/api/enrolment/me", token).status(), email);
            assertEquals(403, api.get("/api/enrolment/me/identity", token).status(), email);
            assertEquals(403, api.put("/api/enrolment/me/location", Map.of("state", "CA"), token).status(), email);
            assertEquals(403, api.post("/api/enrolment/me/withdraw", Map.of(), token).status(), email);
        }
        String other = "other-" + UUID.randomUUID() + "@mail.example";
        enrol("maria.lopez@sierrasoap.example", other, null);
        Map<String, Object> demoMember = api.get("/api/enrolment/me/identity", api.accessToken(Api.MEMBER)).map();
        assertEquals("Jordan Rivera", demoMember.get("legalName"), "each member sees only their own identity");
    }

    private Reply check(String enrolmentCode, String identifier, String dateOfBirth) {
        Map<String, Object> body = new HashMap<>();
        body.put("enrolmentCode", enrolmentCode);
        body.put("workIdentifier", identifier);
        if (dateOfBirth != null) {
            body.put("dateOfBirth", dateOfBirth);
        }
        return api.send(HttpRequest.POST("/api/enrolment/eligibility-checks", body).header("X-Forwarded-For", client));
    }

    private Map<String, Object> request(String workIdentifier, String email, String pseudonym) {
        Map<String, Object> body = new HashMap<>();
        body.put("enrolmentCode", code);
        body.put("workIdentifier", workIdentifier);
        body.put("email", email);
        body.put("password", PASSWORD);
        body.put("legalName", "María José López-Ortega");
        body.put("birthDate", "1984-07-19");
        body.put("phone", "+1 760 555 0199");
        body.put("address", "82 Ocotillo Ave, Indio, CA 92201");
        body.put("state", "CA");
        if (pseudonym != null) {
            body.put("pseudonym", pseudonym);
        }
        return body;
    }

    private Reply enrol(String workIdentifier, String email, String pseudonym) {
        return api.send(HttpRequest.POST("/api/enrolment/enrolments", request(workIdentifier, email, pseudonym))
                .header("X-Forwarded-For", client));
    }

    private String signIn(String email) {
        Reply reply = api.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", email, "password", PASSWORD)));
        assertEquals(200, reply.status(), reply.body());
        return (String) reply.map().get("accessToken");
    }
}
