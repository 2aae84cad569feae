package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.screening.Timepoint;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * When members reached the milestones of care, for period aggregates: the first medicine session held,
 * and the end of treatment. Asked for many members at once; members who have not reached one are absent.
 */
@Singleton
public class CareMilestones {

    private final CareSessionRepository sessions;
    private final FollowUpRepository followUps;

    CareMilestones(CareSessionRepository sessions, FollowUpRepository followUps) {
        this.sessions = sessions;
        this.followUps = followUps;
    }

    public Map<String, Instant> firstMedicineHeldAt(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return sessions.findByAccountIdInAndKindAndStatus(accountIds, SessionKind.MEDICINE, SessionStatus.COMPLETED).stream()
                .collect(Collectors.toMap(CareSession::accountId, CareSession::completedAt, (a, b) -> a.isBefore(b) ? a : b));
    }

    public Map<String, Instant> treatmentCompletedAt(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return followUps.findByAccountIdInAndTimepoint(accountIds, Timepoint.END_OF_TREATMENT).stream()
                .collect(Collectors.toMap(FollowUp::accountId, FollowUp::dueAt, (a, b) -> a.isBefore(b) ? a : b));
    }
}
