package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.clearance.MedicalClearance;
import com.kapbenefit.portal.clearance.Setting;
import com.kapbenefit.portal.enrolment.CareStanding;
import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.providers.AvailabilityCalendar;
import com.kapbenefit.portal.referral.Referrals;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.sponsorship.ProgrammeDirectory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.time.ZoneId;
import java.util.Optional;

/** Everything the care journey needs to know of a member from other contexts, gathered in one place. */
@Singleton
class CareContext {

    /** A member whose referral a therapist accepted. */
    record MemberCare(String accountId, String referralId, String therapistId, CareState referralState, String location,
                      ZoneId memberZone, ZoneId therapistZone, @Nullable Setting setting, int packageHours, String seatReservationId) {
    }

    private final Referrals referrals;
    private final Enrolments enrolments;
    private final MedicalClearance clearance;
    private final ProgrammeDirectory programmes;
    private final AvailabilityCalendar calendar;

    CareContext(Referrals referrals, Enrolments enrolments, MedicalClearance clearance, ProgrammeDirectory programmes,
                AvailabilityCalendar calendar) {
        this.referrals = referrals;
        this.enrolments = enrolments;
        this.clearance = clearance;
        this.programmes = programmes;
        this.calendar = calendar;
    }

    Optional<MemberCare> of(String accountId) {
        Optional<Referrals.AcceptedReferral> accepted = referrals.accepted(accountId);
        Optional<CareStanding> standing = enrolments.careStanding(accountId);
        if (accepted.isEmpty() || standing.isEmpty()) {
            return Optional.empty();
        }
        Referrals.AcceptedReferral referral = accepted.get();
        CareStanding enrolment = standing.get();
        return Optional.of(new MemberCare(accountId, referral.referralId(), referral.therapistId(), referral.state(),
                enrolment.location().name(), zoneOf(enrolment.location().name()), ZoneId.of(calendar.timeZoneOf(referral.therapistId())),
                clearance.clearedCare(accountId).map(MedicalClearance.ClearedCare::setting).orElse(null),
                programmes.packageHours(enrolment.programmeId()), enrolment.seatReservationId()));
    }

    ZoneId therapistZone(String therapistId) {
        return ZoneId.of(calendar.timeZoneOf(therapistId));
    }

    ZoneId memberZone(String accountId) {
        return zoneOf(enrolments.careStanding(accountId).map(standing -> standing.location().name()).orElse("OTHER"));
    }

    /** The member's clock is their state's: what "Tuesday at 9" means to them. */
    static ZoneId zoneOf(String location) {
        return switch (location) {
            case "CA" -> ZoneId.of("America/Los_Angeles");
            case "UT" -> ZoneId.of("America/Denver");
            case "NY", "VT" -> ZoneId.of("America/New_York");
            default -> ZoneId.of("UTC");
        };
    }
}
