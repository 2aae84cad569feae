package com.kapbenefit.portal.resilience;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import com.kapbenefit.portal.support.PortalInstance;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import com.kapbenefit.portal.support.Therapists;
import com.kapbenefit.portal.support.Therapists.Therapist;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two portals on different ports against one database, as two pods behind a load balancer: a session
 * from one is honoured by the other, and races split across them still have exactly one winner.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    Database database;

    PortalInstance second;
    Api first;
    Api other;
    Therapists therapists;

    @BeforeAll
    void startTheSecondInstance() {
        second = PortalInstance.joining(Map.of());
    }

    @AfterAll
    void stopTheSecondInstance() {
        second.close();
    }

    @BeforeEach
    void setUp() {
        first = new Api(httpClient, json);
        other = second.api();
        therapists = new Therapists(first, database).isolate();
    }

    @AfterEach
    void tearDown() {
        therapists.restore();
    }

    @Test
    void aSessionFromOneInstanceIsHonouredByTheOtherAndRefreshReuseRevokesItEverywhere() {
        Reply issued = first.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", Api.HR_ADMIN, "password", Api.DEMO_PASSWORD)));
        String access = (String) issued.map().get("accessToken");
        String refresh = (String) issued.map().get("refreshToken");

        Reply me = other.get("/api/identity/me", access);
        assertEquals(200, me.status(), me.body());
        assertEquals(first.get("/api/identity/me", access).map(), me.map());

        Reply rotated = other.send(HttpRequest.POST("/api/identity/tokens/refresh", Map.of("refreshToken", refresh)));
        assertEquals(200, rotated.status(), rotated.body());
        String rotatedRefresh = (String) rotated.map().get("refreshToken");
        assertEquals(401, first.send(HttpRequest.POST("/api/identity/tokens/refresh", Map.of("refreshToken", refresh))).status(),
                "the first instance knows the token was rotated on the second");
        assertEquals(401, other.send(HttpRequest.POST("/api/identity/tokens/refresh", Map.of("refreshToken", rotatedRefresh))).status(),
                "and the reuse revoked the whole family on both");
    }

    @Test
    void theLastSeatRequestedThroughBothInstancesAtOnceGoesToExactlyOneEmployee() throws Exception {
        String hr = first.accessToken(Api.HR_ADMIN);
        for (int round = 0; round < 5; round++) {
            String programme = ProgrammeFixtures.activeProgramme(first, hr, "Two pods " + UUID.randomUUID(), 1);
            String code = (String) first.get("/api/sponsorship/programmes/" + programme, hr).map().get("enrolmentCode");
            String ana = "ana-" + UUID.randomUUID() + "@sierrasoap.example";
            String ben = "ben-" + UUID.randomUUID() + "@sierrasoap.example";
            first.postCsv("/api/sponsorship/programmes/" + programme + "/eligibility?mode=REPLACE", "email\n" + ana + "\n" + ben + "\n", hr);

            List<Reply> answers = race(() -> Members.tryEnrol(first, code, ana, "member-" + UUID.randomUUID() + "@mail.example"),
                    () -> Members.tryEnrol(other, code, ben, "member-" + UUID.randomUUID() + "@mail.example"));

            List<Integer> statuses = answers.stream().map(Reply::status).sorted().toList();
            assertEquals(List.of(201, 409), statuses, "round " + round + ": " + answers.get(0).body() + " / " + answers.get(1).body());
            assertTrue(answers.stream().anyMatch(reply -> reply.body().contains("/problems/no-seats-left")));
            assertEquals(1, database.count("SELECT seats_used FROM seat_pool WHERE programme_id = ?", programme));
            assertEquals(1, database.count("SELECT COUNT(*) FROM enrolment WHERE programme_id = ?", programme));
        }
    }

    @Test
    void oneSlotBookedThroughBothInstancesAtOnceIsBookedOnce() throws Exception {
        Therapist therapist = therapists.create("VT", List.of("en"), 5, LocalDate.now());
        therapists.openAllWeek(therapist);
        Members.Member first_member = therapists.acceptedMember(therapist, "VT");
        Members.Member second_member = therapists.acceptedMember(therapist, "VT");
        Instant slot = LocalDate.now(ZoneOffset.UTC).plusDays(4).atTime(16, 0).toInstant(ZoneOffset.UTC);

        List<Reply> answers = race(() -> book(first, first_member, slot), () -> book(other, second_member, slot));

        assertEquals(List.of(201, 409), answers.stream().map(Reply::status).sorted().toList(),
                answers.get(0).body() + " / " + answers.get(1).body());
        assertTrue(answers.stream().anyMatch(reply -> reply.body().contains("/problems/slot-taken")));
        assertEquals(1, database.count("SELECT COUNT(*) FROM care_session WHERE therapist_id = ? AND starts_at = ? AND status = 'BOOKED'",
                therapist.id(), java.sql.Timestamp.from(slot)));
    }

    @Test
    void auditRowsAppendedByBothInstancesAtOnceFormOneChainWithoutAFork() throws Exception {
        long before = Long.parseLong(database.one("SELECT COALESCE(MAX(id), 0) FROM audit_event"));
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Reply>> attempts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Api instance = i % 2 == 0 ? first : other;
            String email = "nobody-" + i + "@nowhere.example";
            attempts.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return instance.send(HttpRequest.POST("/api/identity/tokens", Map.of("email", email, "password", "wrong")));
            }));
        }
        start.countDown();
        for (CompletableFuture<Reply> attempt : attempts) {
            assertEquals(401, attempt.get().status());
        }
        assertEquals(40, database.count("SELECT COUNT(*) FROM audit_event WHERE id > ? AND action = 'identity.sign-in'", before));
        assertEquals(0, database.count("SELECT COUNT(*) FROM audit_event later JOIN audit_event earlier "
                + "ON earlier.id = (SELECT MAX(id) FROM audit_event WHERE id < later.id) "
                + "WHERE later.id > ? AND later.previous_hash <> earlier.hash", before), "every row follows the one before it");
    }

    private static Reply book(Api api, Members.Member member, Instant startsAt) {
        return api.post("/api/care/me/sessions", Map.of("kind", "PREPARATION", "startsAt", startsAt.toString()), member.accessToken());
    }

    private static List<Reply> race(Supplier<Reply> one, Supplier<Reply> two) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Reply> a = CompletableFuture.supplyAsync(() -> {
            await(start);
            return one.get();
        });
        CompletableFuture<Reply> b = CompletableFuture.supplyAsync(() -> {
            await(start);
            return two.get();
        });
        start.countDown();
        return List.of(a.get(), b.get());
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
