package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.screening.FollowUpAnswered;
import com.kapbenefit.portal.screening.FollowUpWindows;
import com.kapbenefit.portal.screening.Timepoint;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Outcomes are asked again after the last integration, and 3 and 6 months after the first medicine
 * session; a follow-up may be answered from the moment it is due.
 */
@Singleton
class FollowUpSchedule implements FollowUpWindows {

    private final FollowUpRepository followUps;
    private final Clock clock;

    FollowUpSchedule(FollowUpRepository followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    public boolean isDue(String accountId, Timepoint timepoint) {
        return followUps.findByAccountIdAndTimepoint(accountId, timepoint)
                .filter(followUp -> followUp.completedAt() == null && !followUp.dueAt().isAfter(clock.instant()))
                .isPresent();
    }

    List<FollowUp> of(String accountId) {
        return followUps.findByAccountIdOrderByDueAt(accountId);
    }

    /** The first held medicine session sets the 3- and 6-month dates; an integration with no medicine session ahead ends treatment. */
    void afterCompleted(CareSession completed, List<CareSession> sessions) {
        if (completed.kind() == SessionKind.MEDICINE) {
            sessions.stream()
                    .filter(session -> session.kind() == SessionKind.MEDICINE && session.status() == SessionStatus.COMPLETED)
                    .min(Comparator.comparing(CareSession::startsAt))
                    .ifPresent(first -> {
                        schedule(completed.accountId(), Timepoint.MONTH_3, months(first.startsAt(), 3));
                        schedule(completed.accountId(), Timepoint.MONTH_6, months(first.startsAt(), 6));
                    });
        }
        boolean medicineAhead = sessions.stream()
                .anyMatch(session -> session.kind() == SessionKind.MEDICINE && session.status() == SessionStatus.BOOKED);
        if (completed.kind() == SessionKind.INTEGRATION && !medicineAhead) {
            schedule(completed.accountId(), Timepoint.END_OF_TREATMENT, now());
        }
    }

    @EventListener
    void onFollowUpAnswered(FollowUpAnswered answered) {
        followUps.complete(answered.accountId(), answered.timepoint(), now());
    }

    private void schedule(String accountId, Timepoint timepoint, Instant dueAt) {
        if (followUps.findByAccountIdAndTimepoint(accountId, timepoint).isEmpty()) {
            followUps.save(new FollowUp(UUID.randomUUID().toString(), accountId, timepoint, dueAt, null));
        }
    }

    private static Instant months(Instant from, int months) {
        return from.atOffset(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
