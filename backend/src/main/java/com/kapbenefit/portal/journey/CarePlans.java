package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.providers.TherapistDirectory;
import com.kapbenefit.portal.screening.Instrument;
import com.kapbenefit.portal.screening.Screenings;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shapes what members and therapists see of sessions: times with each one's own time zone, hours, next step. */
@Singleton
class CarePlans {

    private final CareSessions sessions;
    private final CareContext context;
    private final FollowUpSchedule followUps;
    private final CareReminderRepository reminders;
    private final CareSessionRepository sessionRepository;
    private final TherapistDirectory therapists;
    private final Accounts accounts;
    private final Screenings screenings;
    private final Clock clock;

    CarePlans(CareSessions sessions, CareContext context, FollowUpSchedule followUps, CareReminderRepository reminders,
              CareSessionRepository sessionRepository, TherapistDirectory therapists, Accounts accounts, Screenings screenings, Clock clock) {
        this.sessions = sessions;
        this.context = context;
        this.followUps = followUps;
        this.reminders = reminders;
        this.sessionRepository = sessionRepository;
        this.therapists = therapists;
        this.accounts = accounts;
        this.screenings = screenings;
        this.clock = clock;
    }

    CareViews.CarePlan planOf(String accountId) {
        Optional<CareContext.MemberCare> found = context.of(accountId);
        List<CareSession> mine = sessions.of(accountId);
        CareViews.Policy policy = new CareViews.Policy(CareSessions.MINIMUM_NOTICE.toHours(), CareSessions.LATE_CANCELLATION.toHours());
        List<CareViews.SessionView> views = views(mine);
        List<CareViews.FollowUpView> followUpViews = followUps.of(accountId).stream().map(followUp -> new CareViews.FollowUpView(
                followUp.id(), followUp.timepoint(), followUp.dueAt(), followUp.completedAt(),
                followUp.completedAt() == null ? screenings.unansweredOutcomes(accountId, followUp.timepoint()) : List.<Instrument>of())).toList();
        List<CareViews.ReminderView> reminderViews = reminders.findByAccountIdOrderByCreatedAt(accountId).stream()
                .map(reminder -> new CareViews.ReminderView(reminder.kind(), reminder.createdAt(),
                        reminder.kind() == CareReminder.Kind.FOLLOW_UP_DUE ? null : reminder.subjectRef())).toList();
        BigDecimal completed = mine.stream().filter(session -> session.status() == SessionStatus.COMPLETED)
                .map(CareSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal taken = sessions.hoursTaken(mine);
        if (found.isEmpty()) {
            CareViews.PlanStatus status = mine.isEmpty() ? CareViews.PlanStatus.NO_THERAPIST : CareViews.PlanStatus.ENDED;
            return new CareViews.CarePlan(status, null, context.memberZone(accountId).getId(), null,
                    BigDecimal.ZERO, taken.subtract(completed), completed, BigDecimal.ZERO, CareViews.NextStep.NONE, null, views,
                    followUpViews, reminderViews, policy);
        }
        CareContext.MemberCare care = found.get();
        BigDecimal packageHours = BigDecimal.valueOf(care.packageHours());
        Optional<CareSession> awaiting = Protocol.awaitingIntegration(mine, clock.instant());
        String therapistName = therapists.shown(care.therapistId()).map(TherapistDirectory.ShownTherapist::displayName).orElse("");
        return new CareViews.CarePlan(CareViews.PlanStatus.READY,
                new CareViews.TherapistView(care.therapistId(), therapistName, care.therapistZone().getId()),
                care.memberZone().getId(), care.setting(), packageHours, taken.subtract(completed), completed,
                packageHours.subtract(taken).max(BigDecimal.ZERO), nextStep(mine, awaiting.isPresent()),
                awaiting.map(medicine -> new CareViews.WindowView(medicine.id(), medicine.endsAt(),
                        medicine.endsAt().plus(Protocol.INTEGRATION_WINDOW))).orElse(null),
                views, followUpViews, reminderViews, policy);
    }

    /** The therapist's reminders whose integration window is still open and still unbooked. */
    List<CareViews.TherapistReminder> openWindowsFor(String therapistAccountId) {
        return reminders.findByAccountIdOrderByCreatedAt(therapistAccountId).stream()
                .flatMap(reminder -> sessionRepository.findById(reminder.subjectRef())
                        .filter(medicine -> Protocol.awaitingIntegration(sessions.of(medicine.accountId()), clock.instant())
                                .filter(waiting -> waiting.id().equals(medicine.id())).isPresent())
                        .map(medicine -> new CareViews.TherapistReminder(reminder.kind(), reminder.createdAt(), medicine.id(),
                                accounts.displayName(medicine.accountId()).orElse(""), medicine.endsAt().plus(Protocol.INTEGRATION_WINDOW)))
                        .stream())
                .toList();
    }

    CareViews.SessionView view(CareSession session) {
        return views(List.of(session)).get(0);
    }

    /** Sessions as shown, looking each therapist and member up once however many sessions they share. */
    List<CareViews.SessionView> views(List<CareSession> sessions) {
        Map<String, TherapistDirectory.ShownTherapist> shownTherapists = new HashMap<>();
        Map<String, String> pseudonyms = new HashMap<>();
        return sessions.stream().map(session -> {
            TherapistDirectory.ShownTherapist therapist = shownTherapists.computeIfAbsent(session.therapistId(),
                    id -> therapists.shown(id).orElseThrow());
            return new CareViews.SessionView(session.id(), session.kind(), session.status(),
                    session.startsAt(), session.endsAt(), session.hours(), session.setting(), session.sitterName(),
                    therapist.displayName(), therapist.zone().getId(),
                    pseudonyms.computeIfAbsent(session.accountId(), account -> accounts.displayName(account).orElse("")),
                    CareContext.zoneOf(session.locationState()).getId(), session.cancelledBy(), session.cancelReason(),
                    session.lateCancellation(),
                    session.kind() == SessionKind.MEDICINE ? session.endsAt().plus(Protocol.INTEGRATION_WINDOW) : null);
        }).toList();
    }

    private static CareViews.NextStep nextStep(List<CareSession> mine, boolean integrationDue) {
        boolean prepared = mine.stream().anyMatch(session -> session.active() && session.kind() == SessionKind.PREPARATION);
        if (!prepared) {
            return CareViews.NextStep.PREPARATION;
        }
        if (integrationDue) {
            return CareViews.NextStep.INTEGRATION;
        }
        boolean medicineBooked = mine.stream().anyMatch(session -> session.kind() == SessionKind.MEDICINE && session.status() == SessionStatus.BOOKED);
        if (medicineBooked) {
            return CareViews.NextStep.NONE;
        }
        boolean anyMedicine = mine.stream().anyMatch(session -> session.active() && session.kind() == SessionKind.MEDICINE);
        return anyMedicine ? CareViews.NextStep.MEDICINE_OR_DONE : CareViews.NextStep.MEDICINE;
    }
}
