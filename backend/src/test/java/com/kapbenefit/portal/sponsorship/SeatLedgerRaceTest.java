package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.support.Api;
import com.kapbenefit.portal.support.Database;
import com.kapbenefit.portal.support.ProgrammeFixtures;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seat ledger under real contention: many threads on two application instances (two
 * contexts with their own connection pools) sharing one database, as two pods would.
 */
@MicronautTest(transactional = false)
class SeatLedgerRaceTest {

    @Inject
    @Client("/")
    HttpClient httpClient;
    @Inject
    JsonMapper json;
    @Inject
    SeatLedger ledger;
    @Inject
    Database database;

    Api api;
    String hr;
    ApplicationContext secondInstance;
    ExecutorService threads;

    @BeforeEach
    void setUp() {
        api = new Api(httpClient, json);
        hr = api.accessToken(Api.HR_ADMIN);
        secondInstance = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of("flyway.datasources.default.enabled", false, "kap.demo.enabled", false))
                .start();
        threads = Executors.newFixedThreadPool(32);
    }

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        secondInstance.close();
    }

    @Test
    void threeHundredParallelReservationsForTwentySeatsGrantExactlyTwenty() throws Exception {
        String programmeId = ProgrammeFixtures.activeProgramme(api, hr, "Race " + UUID.randomUUID(), 20);
        List<SeatLedger> instances = List.of(ledger, secondInstance.getBean(SeatLedger.class));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            SeatLedger instance = instances.get(i % 2);
            answers.add(threads.submit(() -> {
                start.await();
                return instance.reserve(programmeId, UUID.randomUUID().toString());
            }));
        }
        long began = System.nanoTime();
        start.countDown();
        int granted = 0;
        for (Future<Optional<String>> answer : answers) {
            if (answer.get(60, TimeUnit.SECONDS).isPresent()) {
                granted++;
            }
        }
        System.out.printf("seat race: 300 reservations for 20 seats on 2 instances in %d ms, %d granted%n",
                (System.nanoTime() - began) / 1_000_000, granted);

        assertEquals(20, granted, "every caller got an answer and exactly the seats there were were granted");
        assertEquals(20, database.count("SELECT seats_used FROM seat_pool WHERE programme_id = ?", programmeId));
        assertEquals(20, database.count("SELECT COUNT(*) FROM seat_reservation WHERE programme_id = ? AND released_at IS NULL", programmeId));
    }

    @Test
    void twoRequestsRacingForTheLastSeatBothGetAnAnswerAndOneGetsIt() throws Exception {
        for (int round = 0; round < 15; round++) {
            String programmeId = ProgrammeFixtures.activeProgramme(api, hr, "Last seat " + UUID.randomUUID(), 1);
            CountDownLatch start = new CountDownLatch(1);
            Future<Optional<String>> first = threads.submit(() -> {
                start.await();
                return ledger.reserve(programmeId, UUID.randomUUID().toString());
            });
            Future<Optional<String>> second = threads.submit(() -> {
                start.await();
                return secondInstance.getBean(SeatLedger.class).reserve(programmeId, UUID.randomUUID().toString());
            });
            start.countDown();
            boolean firstWon = first.get(30, TimeUnit.SECONDS).isPresent();
            boolean secondWon = second.get(30, TimeUnit.SECONDS).isPresent();
            assertTrue(firstWon ^ secondWon, "round " + round + ": exactly one of the two gets the seat");
        }
    }

    @Test
    void reservingIsIdempotentPerEnrolmentAndReleasingFreesTheSeatOnce() {
        String programmeId = ProgrammeFixtures.activeProgramme(api, hr, "Idempotent " + UUID.randomUUID(), 2);
        String holder = UUID.randomUUID().toString();
        String reservation = ledger.reserve(programmeId, holder).orElseThrow();
        assertEquals(reservation, ledger.reserve(programmeId, holder).orElseThrow());
        assertEquals(1, database.count("SELECT seats_used FROM seat_pool WHERE programme_id = ?", programmeId));

        assertTrue(ledger.release(reservation));
        assertFalse(ledger.release(reservation), "a second release changes nothing");
        assertEquals(0, database.count("SELECT seats_used FROM seat_pool WHERE programme_id = ?", programmeId));

        assertTrue(ledger.reserve(programmeId, UUID.randomUUID().toString()).isPresent());
        assertTrue(ledger.reserve(programmeId, holder).isPresent(), "a released enrolment may take a seat again");
        assertTrue(ledger.reserve(programmeId, UUID.randomUUID().toString()).isEmpty(), "both seats are held");
    }

    @Test
    void aDraftOrClosedProgrammeHasNoSeatsToGive() {
        String draftId = (String) api.post("/api/sponsorship/programmes", ProgrammeFixtures.request("Draft", 5), hr).map().get("id");
        assertTrue(ledger.reserve(draftId, UUID.randomUUID().toString()).isEmpty());

        String closedId = ProgrammeFixtures.activeProgramme(api, hr, "Closing " + UUID.randomUUID(), 5);
        api.post("/api/sponsorship/programmes/" + closedId + "/close", Map.of(), hr);
        assertTrue(ledger.reserve(closedId, UUID.randomUUID().toString()).isEmpty());
    }
}
