package com.kapbenefit.portal.resilience;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Api.Reply;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.Members;
import com.kapbenefit.portal.support.PortalInstance;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import com.kapbenefit.portal.support.Therapists;
import com.kapbenefit.portal.support.Therapists.Therapist;
import com.kapbenefit.portal.support.ThrowawayMariaDb;
import io.micronaut.http.HttpRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database server is killed in the middle of a load of enrolments and bookings and started again.
 * Requests during the outage fail fast with 503 problems, readiness turns down, nothing is
 * half-written, and the portal recovers by itself. The server is one of the test's own, never the one
 * the other tests share.
 */
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(8);
    /** More employees than four paced workers can enrol in the whole test, so the load never runs dry. */
    private static final int EMPLOYEES = 5_000;
    private static final Duration PAUSE_BETWEEN_ENROLMENTS = Duration.ofMillis(10);

    record Outcome(String kind, Instant startedAt, Instant finishedAt, int status, String body, String retryAfter, String createdId) {
    }

    @Test
    void requestsFailFastDuringAnOutageNothingIsHalfWrittenAndThePortalRecoversWithoutARestart() throws Exception {
        boolean required = "true".equals(System.getenv("KAP_REQUIRE_MARIADB"));
        Assumptions.assumeTrue(required || ThrowawayMariaDb.available(), "needs mariadbd and mariadb-install-db (CI has them)");
        try (ThrowawayMariaDb mariadb = ThrowawayMariaDb.start("kap_outage");
             PortalInstance portal = PortalInstance.start(Map.of(
                     "datasources.default.url", mariadb.jdbcUrl("kap_outage"),
                     "datasources.default.username", "root",
                     "datasources.default.password", "",
                     "datasources.default.connection-timeout", 2000))) {
            Api api = portal.api();
            String hr = api.accessToken(Api.HR_ADMIN);
            String programme = ProgrammeFixtures.activeProgramme(api, hr, "Outage", EMPLOYEES);
            String code = (String) api.get("/api/sponsorship/programmes/" + programme, hr).map().get("enrolmentCode");
            List<String> workEmails = IntStream.range(0, EMPLOYEES).mapToObj(i -> "outage-" + i + "@sierrasoap.example").toList();
            assertEquals(200, api.postCsv("/api/sponsorship/programmes/" + programme + "/eligibility?mode=REPLACE",
                    "email\n" + String.join("\n", workEmails) + "\n", hr).status());
            Therapists therapists = new Therapists(api, portal.bean(Database.class)).isolate();
            Therapist therapist = therapists.create("VT", List.of("en"), 10, LocalDate.now());
            therapists.openAllWeek(therapist);
            List<Members.Member> bookers = List.of(therapists.acceptedMember(therapist, "VT"), therapists.acceptedMember(therapist, "VT"));

            Queue<String> unused = new ConcurrentLinkedQueue<>(workEmails);
            List<String> attempted = Collections.synchronizedList(new ArrayList<>());
            List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService load = Executors.newFixedThreadPool(6);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                workers.add(load.submit(() -> {
                    String email;
                    while (running.get() && (email = unused.poll()) != null) {
                        attempted.add(email);
                        String workEmail = email;
                        outcomes.add(timed("enrol", () -> Members.tryEnrol(api, code, workEmail, "member-" + UUID.randomUUID() + "@mail.example")));
                        pause(PAUSE_BETWEEN_ENROLMENTS);
                    }
                }));
            }
            for (int i = 0; i < bookers.size(); i++) {
                Members.Member member = bookers.get(i);
                Instant firstSlot = LocalDate.now(ZoneOffset.UTC).plusDays(3 + i).atTime(14, 0).toInstant(ZoneOffset.UTC);
                workers.add(load.submit(() -> {
                    for (int slot = 0; running.get(); slot = (slot + 1) % 8) {
                        Instant startsAt = firstSlot.plus(Duration.ofHours(slot));
                        Outcome booked = timed("book", () -> api.post("/api/care/me/sessions",
                                Map.of("kind", "PREPARATION", "startsAt", startsAt.toString()), member.accessToken()));
                        outcomes.add(booked);
                        if (booked.status() == 201) {
                            String sessionId = booked.createdId();
                            outcomes.add(timed("cancel", () -> api.post("/api/care/sessions/" + sessionId + "/cancel",
                                    Map.of("reason", "Testing the outage"), member.accessToken())));
                        }
                    }
                }));
            }

            Thread.sleep(3_000);
            Instant killedAt = Instant.now();
            mariadb.kill();
            Thread.sleep(OUTAGE.toMillis() / 2);
            Reply readinessDuringOutage = api.send(HttpRequest.GET("/health/readiness"));
            Thread.sleep(OUTAGE.toMillis() / 2);
            Instant restartedAt = Instant.now();
            mariadb.startServer();
            Instant acceptingAt = Instant.now();
            Instant recoveredAt = null;
            while (Duration.between(acceptingAt, Instant.now()).toSeconds() < 60) {
                if (api.send(HttpRequest.GET("/health/readiness")).status() == 200
                        && api.get("/api/sponsorship/programmes/" + programme, hr).status() == 200) {
                    recoveredAt = Instant.now();
                    break;
                }
                Thread.sleep(100);
            }
            Thread.sleep(3_000);
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
            load.shutdown();

            List<Outcome> duringOutage = outcomes.stream()
                    .filter(outcome -> outcome.startedAt().isAfter(killedAt.plusSeconds(1)) && outcome.finishedAt().isBefore(restartedAt))
                    .toList();
            long slowest = duringOutage.stream().mapToLong(outcome -> Duration.between(outcome.startedAt(), outcome.finishedAt()).toMillis())
                    .max().orElse(-1);
            System.out.printf("database outage: %d requests in all, %d during the outage (slowest answer %d ms), readiness %d, "
                            + "MariaDB accepting %d ms after restart, portal recovered %d ms after that%n",
                    outcomes.size(), duringOutage.size(), slowest, readinessDuringOutage.status(),
                    Duration.between(restartedAt, acceptingAt).toMillis(),
                    recoveredAt == null ? -1 : Duration.between(acceptingAt, recoveredAt).toMillis());

            assertTrue(outcomes.stream().noneMatch(outcome -> outcome.status() >= 500 && outcome.status() != 503 || outcome.status() == 0),
                    "no 500s and no hung requests: " + outcomes.stream().filter(o -> o.status() >= 500 && o.status() != 503 || o.status() == 0).toList());
            assertTrue(duringOutage.size() >= 10, "the load went on during the outage: " + duringOutage.size());
            for (Outcome outcome : duringOutage) {
                assertEquals(503, outcome.status(), outcome.toString());
                assertTrue(outcome.body().contains("/problems/database-unavailable"), outcome.body());
                assertEquals("5", outcome.retryAfter());
            }
            assertTrue(slowest <= 5_000, "fails fast: the slowest answer during the outage took " + slowest + " ms");
            assertEquals(503, readinessDuringOutage.status(), "readiness turns down while the database is away");
            assertTrue(recoveredAt != null && Duration.between(acceptingAt, recoveredAt).toSeconds() <= 30,
                    "recovers on its own within 30 s of the database returning");
            assertTrue(outcomes.stream().anyMatch(outcome -> outcome.kind().equals("enrol") && outcome.status() == 201
                    && outcome.startedAt().isAfter(acceptingAt)), "enrolments succeed again after the outage");

            List<String> unanswered = attempted.stream().filter(email -> !enrolledIn(mariadb, programme, email, portal)).toList();
            for (String email : unanswered) {
                Reply retried = Members.tryEnrol(api, code, email, "member-" + UUID.randomUUID() + "@mail.example");
                assertTrue(retried.status() == 201, "a retry after the outage enrols: " + retried.body());
            }
            try (Connection connection = mariadb.connect("kap_outage")) {
                assertEquals(0, count(connection, "SELECT COUNT(*) FROM user_account a LEFT JOIN enrolment e ON e.account_id = a.id "
                        + "LEFT JOIN identity_vault v ON v.account_id = a.id WHERE a.role = 'MEMBER' AND (e.id IS NULL OR v.account_id IS NULL)"),
                        "no member account without its enrolment and sealed identity");
                assertEquals(0, count(connection, "SELECT COUNT(*) FROM enrolment e LEFT JOIN seat_reservation r ON r.id = e.seat_reservation_id "
                        + "WHERE r.id IS NULL OR r.released_at IS NOT NULL"), "no enrolment without its seat");
                long enrolled = count(connection, "SELECT COUNT(*) FROM enrolment WHERE programme_id = '" + programme + "'");
                assertEquals(attempted.size(), enrolled, "every employee who tried is enrolled exactly once");
                assertEquals(enrolled, count(connection, "SELECT seats_used FROM seat_pool WHERE programme_id = '" + programme + "'"));
                assertEquals(enrolled, count(connection, "SELECT COUNT(*) FROM seat_reservation WHERE released_at IS NULL "
                        + "AND programme_id = '" + programme + "'"));
                assertEquals(0, count(connection, "SELECT COUNT(*) FROM (SELECT account_id FROM care_session WHERE status = 'BOOKED' "
                        + "GROUP BY account_id HAVING COUNT(*) > 1) twice"), "no member holds two preparations");
            }
            Map<String, Object> chain = api.get("/api/audit/verify", api.accessToken(Api.PLATFORM_ADMIN)).map();
            assertEquals(true, chain.get("intact"), "the audit chain survived the crash: " + chain);
            therapists.restore();
        }
    }

    private static boolean enrolledIn(ThrowawayMariaDb mariadb, String programme, String workEmail, PortalInstance portal) {
        try (Connection connection = mariadb.connect("kap_outage")) {
            return count(connection, "SELECT COUNT(*) FROM enrolment e JOIN eligibility_entry l ON l.id = e.eligibility_entry_id "
                    + "WHERE e.programme_id = '" + programme + "' AND l.identifier_hash = '"
                    + portal.bean(com.kapbenefit.portal.shared.KeyedHash.class).ofIdentifier(workEmail) + "'") == 1;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Outcome timed(String kind, java.util.function.Supplier<Reply> request) {
        Instant started = Instant.now();
        try {
            Reply reply = request.get();
            return new Outcome(kind, started, Instant.now(), reply.status(), reply.body(), reply.header("Retry-After").orElse(null),
                    reply.status() == 201 ? (String) reply.map().get("id") : null);
        } catch (RuntimeException failure) {
            return new Outcome(kind, started, Instant.now(), 0, failure.toString(), null, null);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long count(Connection connection, String sql) throws java.sql.SQLException {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
