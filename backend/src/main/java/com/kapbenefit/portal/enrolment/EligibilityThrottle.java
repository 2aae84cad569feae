package com.kapbenefit.portal.enrolment;

import com.kapbenefit.portal.shared.KeyedHash;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Limits failed eligibility checks per client so the list cannot be probed by guessing identifiers. */
@Singleton
class EligibilityThrottle {

    private final CheckFailureRepository failures;
    private final KeyedHash keyedHash;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    EligibilityThrottle(CheckFailureRepository failures, KeyedHash keyedHash, Clock clock,
                        @Value("${kap.enrolment.max-failed-checks}") int maxFailures,
                        @Value("${kap.enrolment.failed-check-window}") Duration window) {
        this.failures = failures;
        this.keyedHash = keyedHash;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    void refuseIfLocked(String clientAddress) {
        if (failures.countByClientKeyAndFailedAtAfter(key(clientAddress), now().minus(window)) >= maxFailures) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "Too many attempts from this device. Wait a few minutes and try again.",
                    Map.of("Retry-After", Long.toString(window.toSeconds())));
        }
    }

    void recordFailure(String clientAddress) {
        failures.save(new CheckFailure(null, key(clientAddress), now()));
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetOldFailures() {
        failures.deleteByFailedAtBefore(now().minus(window));
    }

    private String key(String clientAddress) {
        return keyedHash.ofIdentifier("client:" + clientAddress);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
