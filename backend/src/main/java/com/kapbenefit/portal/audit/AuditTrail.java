package com.kapbenefit.portal.audit;

import com.kapbenefit.portal.identity.Caller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

@Singleton
public class AuditTrail {

    public enum Outcome { ALLOWED, DENIED }

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Written in its own transaction so that a refusal is kept even when the refused request rolls back. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void record(Caller actor, String action, @Nullable String subjectRef, Outcome outcome, @Nullable String detail) {
        events.save(new AuditEvent(null, clock.instant().truncatedTo(ChronoUnit.SECONDS), actor.accountId(), actor.role().name(),
                action, subjectRef, outcome, detail));
    }
}
