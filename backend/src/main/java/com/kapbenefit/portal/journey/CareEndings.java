package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.providers.TherapistDirectory;
import com.kapbenefit.portal.referral.ReferralEnded;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When a therapist's referral ends (the member withdrew, moved, revoked a care consent, or the
 * course is complete), the sessions still to come under it are cancelled in the same transaction,
 * and both sides find a notice in the portal. A session already over stays for the therapist to mark.
 */
@Singleton
class CareEndings {

    /** Shown to both sides; it says why in the portal's terms and nothing about the member's health. */
    static final String CANCEL_REASON = "Care under this referral has ended.";

    private final CareSessionRepository sessions;
    private final CareReminders reminders;
    private final TherapistDirectory therapists;
    private final Clock clock;

    CareEndings(CareSessionRepository sessions, CareReminders reminders, TherapistDirectory therapists, Clock clock) {
        this.sessions = sessions;
        this.reminders = reminders;
        this.therapists = therapists;
        this.clock = clock;
    }

    @EventListener
    void onReferralEnded(ReferralEnded ended) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (CareSession session : sessions.findByReferralIdAndStatusForUpdate(ended.referralId(), SessionStatus.BOOKED)) {
            if (!now.isBefore(session.endsAt())
                    || sessions.cancelIfBooked(session.id(), CareSession.Participant.PORTAL, CANCEL_REASON, now, false) == 0) {
                continue;
            }
            reminders.remind(session.accountId(), CareReminder.Kind.SESSION_CANCELLED_CARE_ENDED, session.id(), now);
            therapists.accountOf(session.therapistId()).ifPresent(therapistAccount ->
                    reminders.remind(therapistAccount, CareReminder.Kind.SESSION_CANCELLED_CARE_ENDED, session.id(), now));
        }
    }
}
