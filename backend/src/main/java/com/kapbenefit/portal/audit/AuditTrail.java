package com.kapbenefit.portal.audit;

import com.kapbenefit.portal.shared.RequestIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

@Singleton
public class AuditTrail {

    public enum Outcome { ALLOWED, DENIED }

    /** Where the chain stands: how many rows were checked and the first whose link is broken, if any. */
    public record Verification(long records, @Nullable Long firstBrokenId) {

        public boolean intact() {
            return firstBrokenId == null;
        }
    }

    static final String GENESIS = "0".repeat(64);

    private final AuditEventRepository events;
    private final Clock clock;

    AuditTrail(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Appends a row in the caller's transaction, so an action that rolls back leaves no row saying it
     * happened. The head row is held while the row is chained, so appends from any number of
     * instances form one chain.
     */
    @Transactional
    public void record(@Nullable String actorAccountId, @Nullable String actorRole, String action, @Nullable String subjectRef,
                       Outcome outcome, @Nullable String detail) {
        append(actorAccountId, actorRole, action, subjectRef, outcome, detail);
    }

    /** A refusal is appended in its own transaction: it stays recorded although the refused request rolls back. */
    @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
    public void refusal(@Nullable String actorAccountId, @Nullable String actorRole, String action, @Nullable String subjectRef,
                        @Nullable String detail) {
        append(actorAccountId, actorRole, action, subjectRef, Outcome.DENIED, detail);
        ServerRequestContext.currentRequest().ifPresent(request -> request.setAttribute(DeniedAccessRecorder.ALREADY_RECORDED, true));
    }

    private void append(@Nullable String actorAccountId, @Nullable String actorRole, String action, @Nullable String subjectRef,
                        Outcome outcome, @Nullable String detail) {
        String previous = events.lockHead();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String requestId = RequestIds.current().orElse(null);
        String hash = AuditEvent.hashOf(previous, now, actorAccountId, actorRole, action, subjectRef, outcome, detail, requestId);
        events.save(new AuditEvent(null, now, actorAccountId, actorRole, action, subjectRef, outcome, detail, requestId, previous, hash));
        events.moveHead(hash);
    }

    /** Walks the whole chain from the start and names the first row that does not follow from the one before. */
    public Verification verify() {
        String expected = GENESIS;
        long checked = 0;
        long after = 0;
        while (true) {
            List<AuditEvent> page = events.pageAfter(after, 1000);
            if (page.isEmpty()) {
                return new Verification(checked, null);
            }
            for (AuditEvent event : page) {
                if (!event.intactAfter(expected)) {
                    return new Verification(checked, event.id());
                }
                expected = event.hash();
                checked++;
                after = event.id();
            }
        }
    }
}
