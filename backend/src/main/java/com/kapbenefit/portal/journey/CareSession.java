package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.clearance.Setting;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

@MappedEntity("care_session")
record CareSession(@Id String id,
                   String accountId,
                   String therapistId,
                   String referralId,
                   SessionKind kind,
                   SessionStatus status,
                   Instant startsAt,
                   Instant endsAt,
                   BigDecimal hours,
                   String locationState,
                   @Nullable Setting setting,
                   @Nullable String sitterName,
                   @Nullable String medicineSessionId,
                   String meetingCode,
                   Instant bookedAt,
                   @Nullable Participant cancelledBy,
                   @Nullable String cancelReason,
                   @Nullable Instant cancelledAt,
                   boolean lateCancellation,
                   @Nullable Instant completedAt) {

    /** Who cancelled: one of the two, or the portal when care under the referral ended. */
    enum Participant { MEMBER, PROVIDER, PORTAL }

    /** Booked or already held: it takes its place in the protocol and its hours from the package. */
    boolean active() {
        return status == SessionStatus.BOOKED || status == SessionStatus.COMPLETED;
    }

    boolean overlaps(Instant start, Instant end) {
        return status == SessionStatus.BOOKED && startsAt.isBefore(end) && start.isBefore(endsAt);
    }

    /** Hours the package has given to this session: held, booked, or cancelled too late to give back. */
    BigDecimal hoursTaken() {
        return active() || lateCancellation ? hours : BigDecimal.ZERO;
    }
}
