package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.standing.MemberStanding;
import com.kapbenefit.portal.standing.MemberStandings;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.List;

import static com.kapbenefit.portal.referral.UnmetCondition.Condition;

/** The member's standing, in the words routing shows them: every condition about the member (not the therapist) that fails. */
@Singleton
class ReferralConditions {

    /** Every member condition that fails, and the state to route in when none does. */
    record Assessment(List<UnmetCondition> unmet, @Nullable CareState state) {

        boolean met() {
            return unmet.isEmpty();
        }
    }

    private final MemberStandings standings;

    ReferralConditions(MemberStandings standings) {
        this.standings = standings;
    }

    Assessment assess(String accountId) {
        MemberStanding standing = standings.of(accountId);
        List<UnmetCondition> unmet = standing.careBlockers().stream().map(blocker -> explain(blocker, standing)).toList();
        return new Assessment(unmet, standing.mayBeReferred() ? standing.careState() : null);
    }

    private UnmetCondition explain(MemberStanding.Blocker blocker, MemberStanding standing) {
        return switch (blocker) {
            case NOT_CLEARED -> UnmetCondition.of(Condition.CLEARED, "A prescriber has not cleared you for KAP yet.");
            case ENROLMENT_NOT_ACTIVE -> UnmetCondition.of(Condition.ENROLMENT_ACTIVE, "Your enrolment is not active.");
            case PROGRAMME_NOT_ACTIVE -> UnmetCondition.of(Condition.PROGRAMME_ACTIVE,
                    "Your employer's benefit programme is not running at the moment.");
            case SEAT_NOT_HELD -> UnmetCondition.of(Condition.SEAT_HELD, "Your seat in the programme is no longer held.");
            case CARE_CONSENT_NOT_IN_FORCE -> UnmetCondition.of(Condition.CONSENT_RELEASE,
                    "A therapist can only be referred to you while your consents to telehealth, care coordination and release of "
                            + "information are in force.");
            case LOCATION_NOT_SUPPORTED -> UnmetCondition.of(Condition.LOCATION_SUPPORTED,
                    "Care through this benefit is offered to people located in California, New York, Utah or Vermont.");
            case PROGRAMME_DOES_NOT_COVER_STATE -> new UnmetCondition(Condition.PROGRAMME_COVERS_STATE,
                    "Your employer's programme does not cover care in " + standing.careState().displayName() + ".",
                    standing.careState().name());
        };
    }
}
