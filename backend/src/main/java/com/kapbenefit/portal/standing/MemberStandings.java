package com.kapbenefit.portal.standing;

import com.kapbenefit.portal.clearance.MedicalClearance;
import com.kapbenefit.portal.consent.ConsentKind;
import com.kapbenefit.portal.consent.Consents;
import com.kapbenefit.portal.enrolment.CareStanding;
import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.enrolment.Location;
import com.kapbenefit.portal.screening.Screenings;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.sponsorship.ProgrammeDirectory;
import com.kapbenefit.portal.sponsorship.SeatLedger;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.kapbenefit.portal.standing.MemberStanding.Blocker;
import static com.kapbenefit.portal.standing.MemberStanding.Stage;

/** The owner of a member's standing: every rule that depends on it asks here. */
@Singleton
public class MemberStandings {

    /** The consents care itself rests on; withdrawing the one about employer reports changes nothing about care. */
    private static final List<ConsentKind> CARE_CONSENTS = List.of(ConsentKind.TELEHEALTH, ConsentKind.CARE_COORDINATION,
            ConsentKind.RELEASE_OF_INFORMATION);

    private final Enrolments enrolments;
    private final Consents consents;
    private final Screenings screenings;
    private final MedicalClearance clearance;
    private final ProgrammeDirectory programmes;
    private final SeatLedger seats;

    MemberStandings(Enrolments enrolments, Consents consents, Screenings screenings, MedicalClearance clearance,
                    ProgrammeDirectory programmes, SeatLedger seats) {
        this.enrolments = enrolments;
        this.consents = consents;
        this.screenings = screenings;
        this.clearance = clearance;
        this.programmes = programmes;
        this.seats = seats;
    }

    public MemberStanding of(String accountId) {
        Optional<CareStanding> found = enrolments.careStanding(accountId);
        if (found.isEmpty()) {
            return new MemberStanding(accountId, Stage.NOT_ENROLLED, null, null, null, null, List.of(Blocker.ENROLMENT_NOT_ACTIVE));
        }
        CareStanding enrolment = found.get();
        boolean cleared = clearance.isCleared(accountId);
        List<Blocker> blockers = new ArrayList<>();
        if (!cleared) {
            blockers.add(Blocker.NOT_CLEARED);
        }
        CareState state = enrolment.location() == Location.OTHER ? null : CareState.valueOf(enrolment.location().name());
        String location = enrolment.location().name();
        if (!enrolment.enrolled()) {
            blockers.add(Blocker.ENROLMENT_NOT_ACTIVE);
            return new MemberStanding(accountId, Stage.WITHDRAWN, enrolment.programmeId(), enrolment.seatReservationId(), location,
                    state, List.copyOf(blockers));
        }
        if (!programmes.isActive(enrolment.programmeId())) {
            blockers.add(Blocker.PROGRAMME_NOT_ACTIVE);
        }
        if (!seats.isHeld(enrolment.seatReservationId())) {
            blockers.add(Blocker.SEAT_NOT_HELD);
        }
        boolean careConsents = CARE_CONSENTS.stream().allMatch(kind -> consents.inForce(accountId, kind));
        if (!careConsents) {
            blockers.add(Blocker.CARE_CONSENT_NOT_IN_FORCE);
        }
        if (state == null) {
            blockers.add(Blocker.LOCATION_NOT_SUPPORTED);
        } else if (!programmes.covers(enrolment.programmeId(), state)) {
            blockers.add(Blocker.PROGRAMME_DOES_NOT_COVER_STATE);
        }
        return new MemberStanding(accountId, stage(accountId, cleared), enrolment.programmeId(), enrolment.seatReservationId(),
                location, state, List.copyOf(blockers));
    }

    private Stage stage(String accountId, boolean cleared) {
        if (!consents.allInForce(accountId)) {
            return Stage.CONSENT;
        }
        if (!screenings.baselineComplete(accountId)) {
            return Stage.SCREENING;
        }
        return cleared ? Stage.CLEARED : Stage.AWAITING_CLEARANCE;
    }
}
