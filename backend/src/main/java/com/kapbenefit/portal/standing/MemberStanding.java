package com.kapbenefit.portal.standing;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A member's standing now. {@code careBlockers} lists every reason they may not be referred today,
 * most fundamental first; care already under way goes on while {@link #mayContinueCare()} holds.
 */
public record MemberStanding(String accountId, Stage stage, @Nullable String programmeId, @Nullable String seatReservationId,
                             @Nullable String location, @Nullable CareState careState, List<Blocker> careBlockers) {

    /** How far along the journey the member is, before a therapist is involved. */
    public enum Stage { NOT_ENROLLED, WITHDRAWN, CONSENT, SCREENING, AWAITING_CLEARANCE, CLEARED }

    /** A condition of referral that does not hold. */
    public enum Blocker {
        NOT_CLEARED, ENROLMENT_NOT_ACTIVE, PROGRAMME_NOT_ACTIVE, SEAT_NOT_HELD, CARE_CONSENT_NOT_IN_FORCE, LOCATION_NOT_SUPPORTED,
        PROGRAMME_DOES_NOT_COVER_STATE
    }

    /** Blockers that stop care under way, not only new referrals: a closed programme or a full seat pool lets care finish. */
    private static final List<Blocker> STOPPING_CARE = List.of(Blocker.ENROLMENT_NOT_ACTIVE, Blocker.CARE_CONSENT_NOT_IN_FORCE,
            Blocker.LOCATION_NOT_SUPPORTED);

    public boolean mayBeReferred() {
        return careBlockers.isEmpty();
    }

    public boolean mayContinueCare() {
        return careBlockers.stream().noneMatch(STOPPING_CARE::contains);
    }
}
