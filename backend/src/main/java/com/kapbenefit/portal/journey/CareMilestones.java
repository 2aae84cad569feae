package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.screening.Timepoint;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/** When a member reached the milestones of care, for period aggregates: the first medicine session held, and the end of treatment. */
@Singleton
public class CareMilestones {

    private final CareSessionRepository sessions;
    private final FollowUpRepository followUps;

    CareMilestones(CareSessionRepository sessions, FollowUpRepository followUps) {
        this.sessions = sessions;
        this.followUps = followUps;
    }

    public Optional<Instant> firstMedicineHeldAt(String accountId) {
        return sessions.findByAccountIdOrderByStartsAt(accountId).stream()
                .filter(session -> session.kind() == SessionKind.MEDICINE && session.status() == SessionStatus.COMPLETED)
                .map(CareSession::completedAt)
                .min(Comparator.naturalOrder());
    }

    public Optional<Instant> treatmentCompletedAt(String accountId) {
        return followUps.findByAccountIdAndTimepoint(accountId, Timepoint.END_OF_TREATMENT).map(FollowUp::dueAt);
    }
}
