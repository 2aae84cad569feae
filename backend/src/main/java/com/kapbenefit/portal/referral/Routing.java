package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.providers.Therapist;
import com.kapbenefit.portal.providers.TherapistDirectory;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes, moves and closes referrals. A member holds at most one open referral (a unique key, so
 * racing requests cannot make two), and a therapist's last free place goes to one member only
 * (their row is held while the place is counted and taken).
 */
@Singleton
class Routing {

    /** The member's open referral, or why none could be made. */
    record Outcome(@Nullable Referral open, List<UnmetCondition> unmet) {

        static Outcome open(Referral referral) {
            return new Outcome(referral, List.of());
        }

        static Outcome blocked(List<UnmetCondition> unmet) {
            return new Outcome(null, unmet);
        }
    }

    private final ReferralRepository referrals;
    private final CarePreferenceRepository preferences;
    private final ReferralConditions conditions;
    private final TherapistDirectory therapists;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<ReferralEnded> endings;
    private final Clock clock;

    Routing(ReferralRepository referrals, CarePreferenceRepository preferences, ReferralConditions conditions,
            TherapistDirectory therapists, TransactionOperations<Connection> transactions,
            ApplicationEventPublisher<ReferralEnded> endings, Clock clock) {
        this.endings = endings;
        this.referrals = referrals;
        this.preferences = preferences;
        this.conditions = conditions;
        this.therapists = therapists;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Routes the member unless they already have an open referral; repeating it changes nothing. */
    Outcome route(String accountId) {
        Optional<Referral> open = referrals.findByOpenAccountId(accountId);
        if (open.isPresent()) {
            return Outcome.open(open.get());
        }
        if (referrals.findByAccountIdOrderByOfferedAt(accountId).stream().anyMatch(referral -> referral.closeReason() != null
                && referral.closeReason().courseFinished())) {
            return Outcome.blocked(List.of(UnmetCondition.of(UnmetCondition.Condition.COURSE_FINISHED,
                    "Your course of care through this benefit is complete.")));
        }
        ReferralConditions.Assessment assessment = conditions.assess(accountId);
        if (!assessment.met()) {
            return Outcome.blocked(assessment.unmet());
        }
        TherapistRanking.Result ranking = rank(accountId, assessment.state(), null, null);
        if (ranking.unmet() != null) {
            return Outcome.blocked(List.of(ranking.unmet()));
        }
        List<TherapistRanking.Candidate> ranked = ranking.ranked();
        List<List<Reason>> reasons = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            List<Reason> explained = new ArrayList<>(ranked.get(i).reasons());
            if (i == 0 && ranked.size() > 1) {
                explained.add(Reason.of(Reason.Code.RANKED_FIRST, ranked.size()));
            }
            reasons.add(explained);
        }
        try {
            return assignFirstWithRoom(accountId, assessment.state(), ranked, reasons, false, null, null)
                    .map(Outcome::open)
                    .orElseGet(() -> Outcome.blocked(List.of(TherapistRanking.full(assessment.state()))));
        } catch (DataAccessException concurrentRouting) {
            // Another request routed this member first; theirs is the answer.
            return referrals.findByOpenAccountId(accountId).map(Outcome::open).orElseThrow(() -> concurrentRouting);
        }
    }

    Optional<Referral> openReferral(String accountId) {
        return referrals.findByOpenAccountId(accountId);
    }

    /** The therapists the member may choose from, best first; the current one is among them. */
    List<TherapistRanking.Candidate> options(String accountId) {
        ReferralConditions.Assessment assessment = conditions.assess(accountId);
        if (!assessment.met()) {
            return List.of();
        }
        String current = openReferral(accountId).map(Referral::therapistId).orElse(null);
        return rank(accountId, assessment.state(), null, current).ranked();
    }

    /** The member moves to the therapist they chose, or (with none named) to the next best one other than the current. */
    Referral change(String accountId, @Nullable String chosenTherapistId, @Nullable String note) {
        Referral open = referrals.findByOpenAccountId(accountId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "You have no therapist referral to change yet."));
        if (open.therapistId().equals(chosenTherapistId)) {
            return open;
        }
        ReferralConditions.Assessment assessment = conditions.assess(accountId);
        if (!assessment.met()) {
            throw new ProblemException(ProblemType.CONFLICT, assessment.unmet().get(0).message());
        }
        List<TherapistRanking.Candidate> ranked;
        List<List<Reason>> reasons;
        if (chosenTherapistId != null) {
            TherapistRanking.Candidate chosen = rank(accountId, assessment.state(), null, null).ranked().stream()
                    .filter(candidate -> candidate.therapist().providerId().equals(chosenTherapistId))
                    .findFirst()
                    .orElseThrow(() -> new ProblemException(ProblemType.THERAPIST_NOT_ELIGIBLE,
                            "This therapist cannot take you on at the moment. Choose one from the list."));
            ranked = List.of(chosen);
            List<Reason> explained = new ArrayList<>(List.of(Reason.of(Reason.Code.MEMBER_CHOICE)));
            explained.addAll(chosen.reasons());
            reasons = List.of(explained);
        } else {
            ranked = rank(accountId, assessment.state(), open.therapistId(), null).ranked();
            reasons = ranked.stream().map(TherapistRanking.Candidate::reasons).toList();
        }
        if (ranked.isEmpty()) {
            throw noOtherTherapist();
        }
        return assignFirstWithRoom(accountId, assessment.state(), ranked, reasons, chosenTherapistId != null, open, note)
                .orElseThrow(Routing::noOtherTherapist);
    }

    /**
     * Closes an open referral for a reason outside the member's hands, then routes them again.
     * False when the referral had already moved on (say, accepted a moment before a decline).
     */
    boolean closeAndReroute(Referral referral, ReferralStatus closedAs, CloseReason reason, @Nullable String note) {
        boolean closed = close(referral, closedAs, reason, note);
        route(referral.accountId());
        return closed;
    }

    /** Closes the member's open referral, if any, without routing again: care through it is over. */
    void end(String accountId, CloseReason reason) {
        openReferral(accountId).ifPresent(referral -> close(referral, ReferralStatus.ENDED, reason, null));
    }

    /**
     * Holds the therapist's row while closing, as booking does while it books, so that a session
     * booked at the same moment is either refused or ends with the referral.
     */
    private boolean close(Referral referral, ReferralStatus closedAs, CloseReason reason, @Nullable String note) {
        return transactions.executeWrite(status -> {
            therapists.holdForAssignment(referral.therapistId());
            boolean closed = referrals.closeIf(referral.id(), referral.status(), closedAs, reason, note, now()) == 1;
            if (closed) {
                announceEnd(referral);
            }
            return closed;
        });
    }

    private void announceEnd(Referral referral) {
        if (referral.status() == ReferralStatus.ACCEPTED) {
            endings.publishEvent(new ReferralEnded(referral.accountId(), referral.id(), referral.therapistId()));
        }
    }

    CarePreference preference(String accountId) {
        return preferences.findById(accountId).orElse(CarePreference.none(accountId));
    }

    Map<String, CarePreference> preferences(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return preferences.findByAccountIdIn(accountIds).stream().collect(Collectors.toMap(CarePreference::accountId, preference -> preference));
    }

    void savePreference(String accountId, @Nullable String language, boolean languageRequired) {
        CarePreference preference = new CarePreference(accountId, language, languageRequired, now());
        if (preferences.existsById(accountId)) {
            preferences.update(preference);
        } else {
            preferences.save(preference);
        }
    }

    /**
     * Tries the candidates in order, each in its own transaction that first holds the therapist's row,
     * so the count of their open referrals includes every one committed while it waited. A referral
     * being replaced is closed in the same transaction as its successor is made, so a failed change
     * leaves it standing.
     */
    private Optional<Referral> assignFirstWithRoom(String accountId, CareState state, List<TherapistRanking.Candidate> ranked,
                                                   List<List<Reason>> reasons, boolean chosenByMember, @Nullable Referral replacing,
                                                   @Nullable String note) {
        for (int i = 0; i < ranked.size(); i++) {
            Therapist therapist = ranked.get(i).therapist();
            List<Reason> explained = reasons.get(i);
            Optional<Referral> made = transactions.executeWrite(status -> {
                therapists.holdForAssignment(therapist.providerId());
                if (replacing != null && referrals.closeIf(replacing.id(), replacing.status(), ReferralStatus.ENDED,
                        CloseReason.MEMBER_ASKED_FOR_ANOTHER, note, now()) == 0) {
                    throw new ProblemException(ProblemType.CONFLICT, "Your referral changed meanwhile. Look at it again.");
                }
                if (replacing != null) {
                    announceEnd(replacing);
                }
                if (referrals.countByTherapistIdAndOpenAccountIdIsNotNull(therapist.providerId()) >= therapist.capacity()) {
                    status.setRollbackOnly();
                    return Optional.<Referral>empty();
                }
                return Optional.of(referrals.save(new Referral(UUID.randomUUID().toString(), accountId, therapist.providerId(),
                        accountId, ReferralStatus.OFFERED, state.name(), chosenByMember, Reason.encode(explained), now(),
                        null, null, null, null)));
            });
            if (made.isPresent()) {
                return made;
            }
        }
        return Optional.empty();
    }

    /**
     * Ranks the therapists who may see the member now, leaving out those who turned this member down
     * or let a referral lapse, and {@code alsoExcluded}; the member's history is read once for both.
     */
    private TherapistRanking.Result rank(String accountId, CareState state, @Nullable String alsoExcluded, @Nullable String current) {
        LocalDate today = LocalDate.now(clock);
        List<Therapist> licensed = therapists.licensedIn(state, today);
        Map<String, Long> loads = licensed.stream().collect(Collectors.toMap(Therapist::providerId,
                therapist -> referrals.countByTherapistIdAndOpenAccountIdIsNotNull(therapist.providerId())));
        List<Referral> history = referrals.findByAccountIdOrderByOfferedAt(accountId);
        Set<String> former = history.stream()
                .filter(referral -> referral.acceptedAt() != null && referral.closeReason() != CloseReason.MEMBER_ASKED_FOR_ANOTHER)
                .map(Referral::therapistId)
                .collect(Collectors.toSet());
        Set<String> excluded = history.stream()
                .filter(referral -> referral.closeReason() != null && referral.closeReason().refusal())
                .map(Referral::therapistId)
                .collect(Collectors.toCollection(HashSet::new));
        if (alsoExcluded != null) {
            excluded.add(alsoExcluded);
        }
        return TherapistRanking.rank(new TherapistRanking.Facts(licensed, loads, preference(accountId), former, excluded,
                current, state, today));
    }

    private static ProblemException noOtherTherapist() {
        return new ProblemException(ProblemType.NO_OTHER_THERAPIST,
                "No other therapist licensed where you are has room right now. Your current referral stays as it is.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
