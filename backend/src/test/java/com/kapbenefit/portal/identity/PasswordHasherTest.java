package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new HashingLane(1, 8), 19 * 1024, 2);

    @Test
    void whenTheHashingLaneIsFullASignInIsToldToRetryAtOnceInsteadOfQueueing() throws Exception {
        HashingLane lane = new HashingLane(1, 1);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> running = callers.submit(() -> lane.run(() -> {
            firstRunning.countDown();
            release.await();
            return "first";
        }));
        firstRunning.await();
        Future<String> queued = callers.submit(() -> lane.run(() -> "second"));
        while (lane.waiting() == 0) {
            Thread.onSpinWait();
        }

        // Were the third call to wait for a place, it would wait for ever: nothing releases the first.
        ProblemException refused = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(ProblemException.class, () -> lane.run(() -> "third")));
        assertEquals(ProblemType.TOO_MANY_REQUESTS, refused.type());
        assertEquals("2", refused.headers().get("Retry-After"));

        release.countDown();
        assertEquals("first", running.get());
        assertEquals("second", queued.get(), "what was queued still runs");
        callers.shutdown();
        lane.stop();
    }

    @Test
    void hashesWithArgon2idAtOwaspParametersAndVerifies() {
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(hasher.verify("correct horse battery staple", hash));
        assertFalse(hasher.verify("correct horse battery stapler", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void theConfiguredCostIsWrittenIntoTheHashAndEveryCostVerifies() {
        PasswordHasher cheap = new PasswordHasher(new HashingLane(1, 8), 64, 1);
        String cheapHash = cheap.hash("correct horse battery staple");
        assertTrue(cheapHash.startsWith("$argon2id$v=19$m=64,t=1,p=1$"), cheapHash);
        assertTrue(hasher.verify("correct horse battery staple", cheapHash), "the parameters are read from the hash");
        assertFalse(hasher.verify("correct horse battery stapler", cheapHash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void aHashInAnotherFormatNeverVerifies() {
        assertFalse(hasher.verify("x", "$2a$10$abcdefghijklmnopqrstuv"));
        assertFalse(hasher.verify("x", "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g"));
    }

    @Test
    void aKnownReferenceHashVerifies() {
        // Produced by the reference argon2 CLI: echo -n password | argon2 somesalt -id -m 16 -t 2 -p 1 -e (m=65536 KiB)
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
        assertTrue(hasher.verify("password", reference));
    }
}
