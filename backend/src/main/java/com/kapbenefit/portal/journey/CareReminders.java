package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.providers.TherapistDirectory;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reminds members and their therapists, in the portal and by an e-mail that says only "something is
 * waiting", when an integration window is about to close unbooked, records a window that closed unbooked, and
 * announces follow-ups that fell due. Each reminder is written once, whatever instance sweeps.
 */
@Singleton
class CareReminders {

    static final Duration CLOSING_WARNING = Duration.ofHours(24);
    static final String EMAIL_TEMPLATE = "PORTAL_MESSAGE_WAITING";

    private final CareSessionRepository sessions;
    private final FollowUpRepository followUps;
    private final CareReminderRepository reminders;
    private final OutboxRepository outbox;
    private final TherapistDirectory therapists;
    private final Clock clock;

    CareReminders(CareSessionRepository sessions, FollowUpRepository followUps, CareReminderRepository reminders,
                  OutboxRepository outbox, TherapistDirectory therapists, Clock clock) {
        this.therapists = therapists;
        this.sessions = sessions;
        this.followUps = followUps;
        this.reminders = reminders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${kap.care.reminder-interval:10m}", initialDelay = "2m")
    void sweep() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant windowStart = now.minus(Protocol.INTEGRATION_WINDOW);
        for (CareSession medicine : sessions.findMedicineEndedBetween(windowStart.minus(Duration.ofDays(7)), now)) {
            List<CareSession> mine = sessions.findByAccountIdOrderByStartsAt(medicine.accountId());
            boolean integrated = mine.stream().anyMatch(session -> session.active() && session.kind() == SessionKind.INTEGRATION
                    && medicine.id().equals(session.medicineSessionId()));
            if (integrated) {
                continue;
            }
            Instant closes = medicine.endsAt().plus(Protocol.INTEGRATION_WINDOW);
            if (!now.isBefore(closes)) {
                remind(medicine.accountId(), CareReminder.Kind.INTEGRATION_WINDOW_MISSED, medicine.id(), now);
            } else if (!now.isBefore(closes.minus(CLOSING_WARNING))) {
                remind(medicine.accountId(), CareReminder.Kind.INTEGRATION_WINDOW_CLOSING, medicine.id(), now);
                therapists.accountOf(medicine.therapistId()).ifPresent(therapistAccount ->
                        remind(therapistAccount, CareReminder.Kind.INTEGRATION_WINDOW_CLOSING, medicine.id(), now));
            }
        }
        followUps.findDue(now).forEach(followUp -> remind(followUp.accountId(), CareReminder.Kind.FOLLOW_UP_DUE, followUp.id(), now));
    }

    /** Once per person, kind and subject; the e-mail only says that something is waiting in the portal. */
    void remind(String accountId, CareReminder.Kind kind, String subjectRef, Instant now) {
        if (reminders.existsByAccountIdAndKindAndSubjectRef(accountId, kind, subjectRef)) {
            return;
        }
        try {
            reminders.save(new CareReminder(null, accountId, kind, subjectRef, now));
        } catch (io.micronaut.data.exceptions.DataAccessException anotherInstanceWasFirst) {
            return;
        }
        outbox.save(new OutboxMessage(null, accountId, EMAIL_TEMPLATE, now, null));
    }
}
