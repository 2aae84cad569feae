package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.clearance.Setting;
import com.kapbenefit.portal.providers.AvailabilityCalendar;
import com.kapbenefit.portal.providers.OpenPeriod;
import com.kapbenefit.portal.providers.TherapistDirectory;
import com.kapbenefit.portal.referral.Referrals;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.shared.OpaqueTokens;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import com.kapbenefit.portal.sponsorship.SeatLedger;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Booking under the protocol's rules. A booking holds the therapist's row while it checks for
 * overlaps and writes, so two members racing for one slot both get an answer and one gets the slot;
 * a member's sessions are all with that same therapist, so the same hold keeps the member from
 * double-booking too.
 */
@Singleton
class CareSessions {

    static final Duration MINIMUM_NOTICE = Duration.ofHours(24);
    static final Duration LATE_CANCELLATION = Duration.ofHours(24);
    static final Duration JOIN_OPENS_BEFORE = Duration.ofMinutes(15);
    static final Duration SLOT_STEP = Duration.ofMinutes(30);
    static final int BOOKING_HORIZON_DAYS = 28;

    record BookingRequest(SessionKind kind, Instant startsAt, @Nullable String sitterName, boolean sitterAttested) {
    }

    private final CareSessionRepository sessions;
    private final CareContext context;
    private final AvailabilityCalendar calendar;
    private final TherapistDirectory therapists;
    private final SeatLedger seats;
    private final FollowUpSchedule followUps;
    private final TransactionOperations<Connection> transactions;
    private final Referrals referrals;
    private final Clock clock;

    CareSessions(CareSessionRepository sessions, CareContext context, AvailabilityCalendar calendar, TherapistDirectory therapists,
                 SeatLedger seats, FollowUpSchedule followUps, TransactionOperations<Connection> transactions, Referrals referrals,
                 Clock clock) {
        this.referrals = referrals;
        this.sessions = sessions;
        this.context = context;
        this.calendar = calendar;
        this.therapists = therapists;
        this.seats = seats;
        this.followUps = followUps;
        this.transactions = transactions;
        this.clock = clock;
    }

    CareContext.MemberCare care(String accountId) {
        return context.of(accountId).orElseThrow(() -> referrals.accepted(accountId).isPresent() || !of(accountId).isEmpty()
                ? new ProblemException(ProblemType.CARE_ENDED, "Your care through this benefit has ended or is paused, so no session "
                        + "can be booked or joined.")
                : new ProblemException(ProblemType.PROTOCOL, "Sessions are booked once your therapist has accepted your referral."));
    }

    List<CareSession> of(String accountId) {
        return sessions.findByAccountIdOrderByStartsAt(accountId);
    }

    BigDecimal hoursTaken(List<CareSession> mine) {
        return mine.stream().map(CareSession::hoursTaken).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Open start times, and for an integration the latest allowed start (the window's close). */
    record OpenSlots(List<Instant> starts, @Nullable Instant windowClosesAt) {
    }

    /** Open start times for a kind of session: inside the therapist's availability, free for both, and allowed by the protocol. */
    OpenSlots slots(String accountId, SessionKind kind) {
        CareContext.MemberCare care = care(accountId);
        Instant now = now();
        Protocol.Bounds bounds = Protocol.bounds(kind, of(accountId), now);
        Instant earliest = latestOf(now.plus(MINIMUM_NOTICE), bounds.earliest());
        Instant horizon = now.plus(Duration.ofDays(BOOKING_HORIZON_DAYS));
        Instant latest = bounds.latest() == null || bounds.latest().isAfter(horizon) ? horizon : bounds.latest();
        List<CareSession> busy = sessions.findBookedForTherapistBetween(care.therapistId(), earliest, latest.plus(kind.length()));
        List<Instant> slots = new ArrayList<>();
        for (OpenPeriod period : periods(care, earliest, latest)) {
            for (Instant start = period.start(); !start.plus(kind.length()).isAfter(period.end()); start = start.plus(SLOT_STEP)) {
                Instant end = start.plus(kind.length());
                Instant candidate = start;
                if (!start.isBefore(earliest) && !start.isAfter(latest) && busy.stream().noneMatch(session -> session.overlaps(candidate, end))) {
                    slots.add(start);
                }
            }
        }
        return new OpenSlots(slots, kind == SessionKind.INTEGRATION ? bounds.latest() : null);
    }

    CareSession book(String accountId, BookingRequest request) {
        CareContext.MemberCare care = care(accountId);
        return transactions.executeWrite(status -> {
            therapists.holdForAssignment(care.therapistId());
            requireReferralStillAccepted(care);
            return bookWithin(care, request);
        });
    }

    /** The old session is given up and the new one taken in one transaction: if the new time fails, the old one stands. */
    CareSession reschedule(String sessionId, CareSession.Participant by, String callerAccountId, Instant startsAt, String reason) {
        CareSession old = participantOf(sessionId, by, callerAccountId);
        CareContext.MemberCare care = care(old.accountId());
        return transactions.executeWrite(status -> {
            therapists.holdForAssignment(care.therapistId());
            requireReferralStillAccepted(care);
            cancelWithin(old, by, reason);
            return bookWithin(care, new BookingRequest(old.kind(), startsAt, old.sitterName(), old.sitterName() != null));
        });
    }

    CareSession cancel(String sessionId, CareSession.Participant by, String callerAccountId, String reason) {
        return transactions.executeWrite(status -> cancelWithin(participantOf(sessionId, by, callerAccountId), by, reason));
    }

    /** Only a session that has started can be marked; only a completed one uses package hours. */
    CareSession complete(String sessionId, String therapistAccountId, SessionStatus outcome) {
        CareSession session = participantOf(sessionId, CareSession.Participant.PROVIDER, therapistAccountId);
        if (now().isBefore(session.startsAt())) {
            throw new ProblemException(ProblemType.CONFLICT, "A session can be marked once it has started.");
        }
        CareSession closed = transactions.executeWrite(status -> {
            if (sessions.closeIfBooked(session.id(), outcome, now()) == 0) {
                throw new ProblemException(ProblemType.CONFLICT, "This session is not booked any more.");
            }
            if (outcome == SessionStatus.COMPLETED) {
                context.seatOf(session.accountId()).ifPresent(seat -> seats.recordHours(seat, session.hours()));
            }
            return sessions.findById(session.id()).orElseThrow();
        });
        if (outcome == SessionStatus.COMPLETED) {
            followUps.afterCompleted(closed, of(closed.accountId()));
        }
        endCourseIfFinished(closed.accountId());
        return closed;
    }

    /** The licence and the member's place are checked again when the session starts. */
    CareViews.JoinLink join(String sessionId, CareSession.Participant by, String callerAccountId) {
        CareSession session = participantOf(sessionId, by, callerAccountId);
        Instant now = now();
        if (session.status() != SessionStatus.BOOKED || now.isAfter(session.endsAt())) {
            throw new ProblemException(ProblemType.CONFLICT, "This session is not open to join.");
        }
        if (now.isBefore(session.startsAt().minus(JOIN_OPENS_BEFORE))) {
            throw new ProblemException(ProblemType.NOT_OPEN_YET, "The session opens 15 minutes before it starts.");
        }
        CareContext.MemberCare care = care(session.accountId());
        requireLicence(care, session.therapistId(), session.startsAt());
        return new CareViews.JoinLink("/telehealth/" + session.meetingCode(), session.startsAt().minus(JOIN_OPENS_BEFORE));
    }

    CareSession participantOf(String sessionId, CareSession.Participant by, String callerAccountId) {
        return sessions.findById(sessionId)
                .filter(session -> by == CareSession.Participant.MEMBER ? session.accountId().equals(callerAccountId)
                        : therapists.psychotherapistId(callerAccountId).filter(session.therapistId()::equals).isPresent())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such session among yours."));
    }

    /**
     * Runs with the therapist's row already held, and before any other read of the transaction, so
     * that what it reads includes every booking committed while it waited.
     */
    private CareSession bookWithin(CareContext.MemberCare care, BookingRequest request) {
        String accountId = care.accountId();
        SessionKind kind = request.kind();
        Instant start = request.startsAt().truncatedTo(ChronoUnit.SECONDS);
        Instant end = start.plus(kind.length());
        Instant now = now();
        Setting setting = kind == SessionKind.MEDICINE ? care.setting() : null;
        String sitter = request.sitterName() == null || request.sitterName().isBlank() ? null : request.sitterName().strip();
        if (setting == Setting.HOME_WITH_SITTER) {
            if (sitter == null) {
                throw ProblemException.invalidField("sitterName", "Name the sober sitter who will be with you.");
            }
            if (!request.sitterAttested()) {
                throw ProblemException.invalidField("sitterAttested", "Confirm your sitter will be sober and present for the whole session.");
            }
        }
        if (start.isBefore(now.plus(MINIMUM_NOTICE))) {
            throw ProblemException.invalidField("startsAt", "Book at least 24 hours ahead.");
        }
        List<CareSession> mine = of(accountId);
        BigDecimal remaining = BigDecimal.valueOf(care.packageHours()).subtract(hoursTaken(mine));
        if (kind.hours().compareTo(remaining) > 0) {
            throw new ProblemException(ProblemType.PACKAGE_EXHAUSTED, "This session needs " + kind.hours().stripTrailingZeros().toPlainString()
                    + " hours and " + remaining.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString() + " remain in your package.");
        }
        Protocol.Bounds bounds = Protocol.bounds(kind, mine, now);
        if (start.isBefore(bounds.earliest())) {
            throw Protocol.protocol(kind == SessionKind.INTEGRATION ? "Integration starts after the medicine session ends."
                    : "The medicine session comes after your preparation session.");
        }
        if (bounds.latest() != null && start.isAfter(bounds.latest())) {
            throw Protocol.protocol("Integration must start within 96 hours after your medicine session ends.");
        }
        requireLicence(care, care.therapistId(), start);
        if (periods(care, start, end).stream().noneMatch(period -> !start.isBefore(period.start()) && !end.isAfter(period.end()))) {
            throw ProblemException.invalidField("startsAt", "Your therapist is not available at that time. Choose one of the open times.");
        }
        if (!sessions.findBookedForTherapistBetween(care.therapistId(), start, end).isEmpty()
                || mine.stream().anyMatch(session -> session.overlaps(start, end))) {
            throw new ProblemException(ProblemType.SLOT_TAKEN, "This time was just taken. Choose another one.");
        }
        return sessions.save(new CareSession(UUID.randomUUID().toString(), accountId, care.therapistId(), care.referralId(), kind,
                SessionStatus.BOOKED, start, end, kind.hours(), care.location(), setting, setting == Setting.HOME_WITH_SITTER ? sitter : null,
                bounds.medicine() == null ? null : bounds.medicine().id(), OpaqueTokens.newToken(), now, null, null, null, false, null));
    }

    /** A member who cancels less than 24 hours ahead gives the hours up; a therapist's cancellation never costs the member. */
    private CareSession cancelWithin(CareSession session, CareSession.Participant by, String reason) {
        boolean late = by == CareSession.Participant.MEMBER && now().isAfter(session.startsAt().minus(LATE_CANCELLATION));
        if (sessions.cancelIfBooked(session.id(), by, reason.strip(), now(), late) == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Only a booked session can be cancelled.");
        }
        if (late) {
            context.seatOf(session.accountId()).ifPresent(seat -> seats.recordHours(seat, session.hours()));
        }
        return sessions.findById(session.id()).orElseThrow();
    }

    /**
     * With nothing booked, the course is over when the package cannot hold another session, or when
     * an integration was held and the package cannot hold another medicine session with its integration.
     * The referral then closes, which frees the therapist's place.
     */
    private void endCourseIfFinished(String accountId) {
        List<CareSession> mine = of(accountId);
        if (mine.stream().anyMatch(session -> session.status() == SessionStatus.BOOKED)) {
            return;
        }
        context.of(accountId).ifPresent(care -> {
            BigDecimal remaining = BigDecimal.valueOf(care.packageHours()).subtract(hoursTaken(mine));
            boolean integrated = mine.stream()
                    .anyMatch(session -> session.kind() == SessionKind.INTEGRATION && session.status() == SessionStatus.COMPLETED);
            if (remaining.compareTo(SessionKind.shortestHours()) < 0) {
                referrals.courseFinished(accountId, true);
            } else if (integrated && remaining.compareTo(SessionKind.MEDICINE.hours().add(SessionKind.INTEGRATION.hours())) < 0) {
                referrals.courseFinished(accountId, false);
            }
        });
    }

    /** Read again under the therapist's row: a referral closed while this request waited is not booked into. */
    private void requireReferralStillAccepted(CareContext.MemberCare care) {
        if (referrals.accepted(care.accountId()).filter(referral -> referral.referralId().equals(care.referralId())).isEmpty()) {
            throw new ProblemException(ProblemType.CARE_ENDED, "Care with this therapist has ended.");
        }
    }

    private void requireLicence(CareContext.MemberCare care, String therapistId, Instant start) {
        LocalDate day = start.atZone(care.memberZone()).toLocalDate();
        if (!care.location().equals(care.referralState().name())
                || !therapists.mayTreat(therapistId, CareState.valueOf(care.referralState().name()), day)) {
            throw new ProblemException(ProblemType.LICENCE_NOT_VALID, "Your therapist's licence does not cover "
                    + (care.location().equals("OTHER") ? "where you are now" : "this session on " + day)
                    + ". Sessions need a licence valid where you are on the day of the session.");
        }
    }

    private List<OpenPeriod> periods(CareContext.MemberCare care, Instant from, Instant to) {
        return calendar.openPeriods(care.therapistId(), care.therapistZone(), from.atZone(care.therapistZone()).toLocalDate().minusDays(1),
                to.atZone(care.therapistZone()).toLocalDate().plusDays(1));
    }

    private static Instant latestOf(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
