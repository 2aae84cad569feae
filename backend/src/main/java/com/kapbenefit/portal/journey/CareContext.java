package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.clearance.MedicalClearance;
import com.kapbenefit.portal.clearance.Setting;
import com.kapbenefit.portal.enrolment.CareStanding;
import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.providers.AvailabilityCalendar;
import com.kapbenefit.portal.referral.Referrals;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.sponsorship.ProgrammeDirectory;
import com.kapbenefit.portal.standing.MemberStanding;
import com.kapbenefit.portal.standing.MemberStandings;
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
    private final MemberStandings standings;

    CareContext(Referrals referrals, Enrolments enrolments, MedicalClearance clearance, ProgrammeDirectory programmes,
                AvailabilityCalendar calendar, MemberStandings standings) {
        this.standings = standings;
        this.referrals = referrals;
        this.enrolments = enrolments;
        this.clearance = clearance;
        this.programmes = programmes;
        this.calendar = calendar;
    }

    /** The member's care with their therapist, while the referral is accepted and their standing lets care go on. */
    Optional<MemberCare> of(String accountId) {
        Optional<Referrals.AcceptedReferral> accepted = referrals.accepted(accountId);
        if (accepted.isEmpty()) {
            return Optional.empty();
        }
        MemberStanding standing = standings.of(accountId);
        if (!standing.mayContinueCare()) {
            return Optional.empty();
        }
        Referrals.AcceptedReferral referral = accepted.get();
        return Optional.of(new MemberCare(accountId, referral.referralId(), referral.therapistId(), referral.state(),
                standing.location(), zoneOf(standing.location()), ZoneId.of(calendar.timeZoneOf(referral.therapistId())),
                clearance.clearedCare(accountId).map(MedicalClearance.ClearedCare::setting).orElse(null),
                programmes.packageHours(standing.programmeId()), standing.seatReservationId()));
    }

    /** The seat behind the member's enrolment, whatever their standing: hours held are billed even after care stopped. */
    Optional<String> seatOf(String accountId) {
        return enrolments.careStanding(accountId).map(CareStanding::seatReservationId);
    }

    ZoneId therapistZone(String therapistId) {
        return ZoneId.of(calendar.timeZoneOf(therapistId));
    }

    ZoneId memberZone(String accountId) {
        return zoneOf(enrolments.locationOf(accountId).map(Enum::name).orElse("OTHER"));
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
