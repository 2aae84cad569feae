package com.kapbenefit.portal.clearance;

import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.screening.BaselineScreeningCompleted;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Queues a member's case the moment their baseline screening is complete, urgent when they reported thoughts of self-harm. */
@Singleton
class ClearanceQueue {

    private final ClearanceCaseRepository cases;
    private final Enrolments enrolments;
    private final Clock clock;

    ClearanceQueue(ClearanceCaseRepository cases, Enrolments enrolments, Clock clock) {
        this.cases = cases;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @EventListener
    void onBaselineScreeningCompleted(BaselineScreeningCompleted completed) {
        if (cases.existsByAccountId(completed.accountId())) {
            return;
        }
        String state = enrolments.locationOf(completed.accountId()).map(Enum::name).orElse("OTHER");
        cases.save(new ClearanceCase(UUID.randomUUID().toString(), completed.accountId(), state, completed.urgent(),
                ClearanceStatus.QUEUED, null, null, null, clock.instant().truncatedTo(ChronoUnit.SECONDS), null, null));
    }
}
