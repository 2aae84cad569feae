package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.clearance.MedicalClearance;
import com.kapbenefit.portal.consent.ConsentKind;
import com.kapbenefit.portal.consent.Consents;
import com.kapbenefit.portal.enrolment.CareStanding;
import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.enrolment.Location;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.sponsorship.ProgrammeDirectory;
import com.kapbenefit.portal.sponsorship.SeatLedger;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.kapbenefit.portal.referral.UnmetCondition.Condition;

/** The conditions about the member (not the therapist) that must all hold before a referral is made. */
@Singleton
class ReferralConditions {

    /** Every member condition that fails, and the state to route in when none does. */
    record Assessment(List<UnmetCondition> unmet, @Nullable CareState state) {

        boolean met() {
            return unmet.isEmpty();
        }
    }

    private final MedicalClearance clearance;
    private final Enrolments enrolments;
    private final ProgrammeDirectory programmes;
    private final SeatLedger seats;
    private final Consents consents;

    ReferralConditions(MedicalClearance clearance, Enrolments enrolments, ProgrammeDirectory programmes, SeatLedger seats,
                       Consents consents) {
        this.clearance = clearance;
        this.enrolments = enrolments;
        this.programmes = programmes;
        this.seats = seats;
        this.consents = consents;
    }

    Assessment assess(String accountId) {
        List<UnmetCondition> unmet = new ArrayList<>();
        if (!clearance.isCleared(accountId)) {
            unmet.add(UnmetCondition.of(Condition.CLEARED, "A prescriber has not cleared you for KAP yet."));
        }
        Optional<CareStanding> standing = enrolments.careStanding(accountId);
        if (standing.isEmpty() || !standing.get().enrolled()) {
            unmet.add(UnmetCondition.of(Condition.ENROLMENT_ACTIVE, "Your enrolment is not active."));
            return new Assessment(unmet, null);
        }
        CareStanding enrolment = standing.get();
        if (!programmes.isActive(enrolment.programmeId())) {
            unmet.add(UnmetCondition.of(Condition.PROGRAMME_ACTIVE, "Your employer's benefit programme is not running at the moment."));
        }
        if (!seats.isHeld(enrolment.seatReservationId())) {
            unmet.add(UnmetCondition.of(Condition.SEAT_HELD, "Your seat in the programme is no longer held."));
        }
        if (!consents.inForce(accountId, ConsentKind.RELEASE_OF_INFORMATION)) {
            unmet.add(UnmetCondition.of(Condition.CONSENT_RELEASE,
                    "A therapist can only be referred to you while your consent to release information to them is in force."));
        }
        CareState state = careState(enrolment.location());
        if (state == null) {
            unmet.add(UnmetCondition.of(Condition.LOCATION_SUPPORTED,
                    "Care through this benefit is offered to people located in California, New York, Utah or Vermont."));
        } else if (!programmes.covers(enrolment.programmeId(), state)) {
            unmet.add(new UnmetCondition(Condition.PROGRAMME_COVERS_STATE,
                    "Your employer's programme does not cover care in " + state.displayName() + ".", state.name()));
        }
        return new Assessment(unmet, unmet.isEmpty() ? state : null);
    }

    private static @Nullable CareState careState(Location location) {
        return location == Location.OTHER ? null : CareState.valueOf(location.name());
    }
}
