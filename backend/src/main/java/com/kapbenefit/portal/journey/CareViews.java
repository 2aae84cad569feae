package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.clearance.Setting;
import com.kapbenefit.portal.screening.Instrument;
import com.kapbenefit.portal.screening.Timepoint;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

final class CareViews {

    private CareViews() {
    }

    @Serdeable
    record SessionView(String id, SessionKind kind, SessionStatus status, Instant startsAt, Instant endsAt, BigDecimal hours,
                       @Nullable Setting setting, @Nullable String sitterName, String therapistName, String therapistTimeZone,
                       String memberPseudonym, String memberTimeZone, @Nullable CareSession.Participant cancelledBy,
                       @Nullable String cancelReason, boolean lateCancellation, @Nullable Instant integrationDeadline) {
    }

    enum AgendaRange { UPCOMING, PAST }

    /** A range of the therapist's days, counted in their zone by the server, and the sessions in it. */
    @Serdeable
    record Agenda(AgendaRange range, String timeZone, LocalDate today, LocalDate from, LocalDate to, List<SessionView> sessions) {
    }

    @Serdeable
    record TherapistView(String id, String displayName, String timeZone) {
    }

    @Serdeable
    record FollowUpView(String id, Timepoint timepoint, Instant dueAt, @Nullable Instant completedAt, List<Instrument> remaining) {
    }

    @Serdeable
    record ReminderView(CareReminder.Kind kind, Instant at, @Nullable String sessionId) {
    }

    @Serdeable
    record TherapistReminder(CareReminder.Kind kind, Instant at, String medicineSessionId, String memberPseudonym, Instant closesAt) {
    }

    @Serdeable
    record WindowView(String medicineSessionId, Instant opensAt, Instant closesAt) {
    }

    @Serdeable
    record Policy(long minimumNoticeHours, long lateCancellationHours) {
    }

    /** No therapist yet; care under way; or care through the benefit ended (sessions kept as history). */
    enum PlanStatus { NO_THERAPIST, READY, ENDED }

    enum NextStep { PREPARATION, MEDICINE, INTEGRATION, MEDICINE_OR_DONE, NONE }

    @Serdeable
    record CarePlan(PlanStatus status, @Nullable TherapistView therapist, String memberTimeZone, @Nullable Setting setting,
                    BigDecimal packageHours, BigDecimal hoursBooked, BigDecimal hoursCompleted, BigDecimal hoursRemaining,
                    NextStep nextStep, @Nullable WindowView integrationWindow, List<SessionView> sessions,
                    List<FollowUpView> followUps, List<ReminderView> reminders, Policy policy) {
    }

    @Serdeable
    record Slots(SessionKind kind, long durationMinutes, List<Instant> slots, @Nullable Instant windowClosesAt) {
    }

    @Serdeable
    record BookingRequest(@NotNull SessionKind kind, @NotNull Instant startsAt, @Nullable @Size(max = 120) String sitterName,
                          @Nullable Boolean sitterAttested) {
    }

    @Serdeable
    record ReasonRequest(@NotBlank @Size(min = 3, max = 500) String reason) {
    }

    @Serdeable
    record RescheduleRequest(@NotNull Instant startsAt, @NotBlank @Size(min = 3, max = 500) String reason) {
    }

    @Serdeable
    record CompletionRequest(@NotNull Outcome outcome) {
    }

    enum Outcome { COMPLETED, NO_SHOW }

    @Serdeable
    record JoinLink(String url, Instant opensAt) {
    }
}
