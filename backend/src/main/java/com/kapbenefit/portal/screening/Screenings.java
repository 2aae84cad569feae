package com.kapbenefit.portal.screening;

import com.kapbenefit.portal.consent.Consents;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@Singleton
public class Screenings {

    static final Set<Instrument> OUTCOME_MEASURES = EnumSet.of(Instrument.PHQ9, Instrument.GAD7, Instrument.PCL5);

    private final QuestionnaireResponseRepository responses;
    private final ScreeningFlagRepository flags;
    private final Consents consents;
    private final ApplicationEventPublisher<BaselineScreeningCompleted> completions;
    private final ApplicationEventPublisher<FollowUpAnswered> followUpAnswers;
    private final FollowUpWindows followUps;
    private final Clock clock;

    Screenings(QuestionnaireResponseRepository responses, ScreeningFlagRepository flags, Consents consents,
               ApplicationEventPublisher<BaselineScreeningCompleted> completions,
               ApplicationEventPublisher<FollowUpAnswered> followUpAnswers, FollowUpWindows followUps, Clock clock) {
        this.followUpAnswers = followUpAnswers;
        this.followUps = followUps;
        this.responses = responses;
        this.flags = flags;
        this.consents = consents;
        this.completions = completions;
        this.clock = clock;
    }

    record Recorded(QuestionnaireResponse response, Scoring.Result result) {
    }

    /** Answers are stored item by item; a self-harm answer or a contraindication raises a flag in the same transaction. */
    @Transactional
    Recorded record(String accountId, Instrument instrument, List<Integer> answers, String details, Timepoint timepoint) {
        if (!consents.allInForce(accountId)) {
            throw new ProblemException(ProblemType.CONSENT_REQUIRED, "Accept the four consents before the questionnaires.");
        }
        if (timepoint != Timepoint.BASELINE) {
            if (!OUTCOME_MEASURES.contains(instrument)) {
                throw ProblemException.invalidField("instrument", "Follow-ups ask PHQ-9, GAD-7 and PCL-5 again.");
            }
            if (!followUps.isDue(accountId, timepoint)) {
                throw new ProblemException(ProblemType.CONFLICT, "This follow-up is not due yet.");
            }
        }
        Scoring.Result result;
        try {
            result = Scoring.score(instrument, answers.stream().mapToInt(Integer::intValue).toArray());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("answers", e.getMessage());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        QuestionnaireResponse response = responses.save(new QuestionnaireResponse(UUID.randomUUID().toString(), accountId,
                instrument, answers.stream().map(String::valueOf).collect(Collectors.joining(",")),
                details == null || details.isBlank() ? null : details.strip(), result.total(), result.band(), now, timepoint));
        if (result.crisis()) {
            flags.save(new ScreeningFlag(null, accountId, "URGENT_SELF_HARM", "PHQ9_ITEM_9", now, null));
        }
        if (!result.reviewReasons().isEmpty()) {
            flags.save(new ScreeningFlag(null, accountId, "PRESCRIBER_REVIEW", String.join(",", result.reviewReasons()), now, null));
        }
        if (timepoint == Timepoint.BASELINE && baselineComplete(accountId)) {
            completions.publishEvent(new BaselineScreeningCompleted(accountId, openFlags(accountId).contains("URGENT_SELF_HARM")));
        }
        if (timepoint != Timepoint.BASELINE && answeredAll(accountId, timepoint)) {
            followUpAnswers.publishEvent(new FollowUpAnswered(accountId, timepoint));
        }
        return new Recorded(response, result);
    }

    private boolean answeredAll(String accountId, Timepoint timepoint) {
        return unansweredOutcomes(accountId, timepoint).isEmpty();
    }

    /** One member's scores by instrument and timepoint (the latest of each) and when the baseline was complete, for aggregates. */
    /** The histories of many members in one read; a member who answered nothing has an empty history. */
    public Map<String, ScoreHistory> scoreHistories(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<QuestionnaireResponse>> byMember = responses.findByAccountIdInOrderByTakenAt(accountIds).stream()
                .collect(Collectors.groupingBy(QuestionnaireResponse::accountId));
        return accountIds.stream().distinct()
                .collect(Collectors.toMap(accountId -> accountId, accountId -> historyOf(byMember.getOrDefault(accountId, List.of()))));
    }

    private static ScoreHistory historyOf(List<QuestionnaireResponse> inOrderTaken) {
        Map<Instrument, Map<Timepoint, ScoreHistory.Score>> scores = new EnumMap<>(Instrument.class);
        Map<Instrument, Instant> baselineTaken = new EnumMap<>(Instrument.class);
        for (QuestionnaireResponse response : inOrderTaken) {
            scores.computeIfAbsent(response.instrument(), instrument -> new EnumMap<>(Timepoint.class))
                    .put(response.timepoint(), new ScoreHistory.Score(response.total(), response.takenAt()));
            if (response.timepoint() == Timepoint.BASELINE) {
                baselineTaken.put(response.instrument(), response.takenAt());
            }
        }
        Instant baselineCompletedAt = baselineTaken.size() == Instrument.values().length
                ? baselineTaken.values().stream().max(Instant::compareTo).orElseThrow() : null;
        return new ScoreHistory(baselineCompletedAt, scores);
    }

    /** The outcome questionnaires of a follow-up still to be answered. */
    public List<Instrument> unansweredOutcomes(String accountId, Timepoint timepoint) {
        Set<Instrument> left = EnumSet.copyOf(OUTCOME_MEASURES);
        responses.findByAccountIdOrderByTakenAtDesc(accountId).stream()
                .filter(response -> response.timepoint() == timepoint)
                .forEach(response -> left.remove(response.instrument()));
        return List.copyOf(left);
    }

    public void answer(String accountId, Instrument instrument, List<Integer> answers) {
        record(accountId, instrument, answers, null, Timepoint.BASELINE);
    }

    /** The latest answer to each questionnaire, rescored from its stored items. */
    public List<ScreeningSummary> baselineResults(String accountId) {
        Map<Instrument, QuestionnaireResponse> latest = new EnumMap<>(Instrument.class);
        history(accountId).forEach(response -> latest.putIfAbsent(response.instrument(), response));
        return latest.values().stream().map(response -> {
            List<Integer> answers = Arrays.stream(response.answers().split(",")).map(Integer::valueOf).toList();
            Scoring.Result result = Scoring.score(response.instrument(), answers.stream().mapToInt(Integer::intValue).toArray());
            return new ScreeningSummary(response.instrument().name(), result.total(), response.instrument().maximumTotal(),
                    result.band(), answers, response.details(), result.reviewReasons());
        }).toList();
    }

    /** Baseline answers, newest first: what clearance and the baseline pages go by. */
    List<QuestionnaireResponse> history(String accountId) {
        return responses.findByAccountIdOrderByTakenAtDesc(accountId).stream()
                .filter(response -> response.timepoint() == Timepoint.BASELINE).toList();
    }

    /** Every answer at every timepoint, oldest first, for the member's own chart. */
    List<QuestionnaireResponse> fullHistory(String accountId) {
        return responses.findByAccountIdOrderByTakenAt(accountId);
    }

    public boolean baselineComplete(String accountId) {
        Set<Instrument> done = EnumSet.noneOf(Instrument.class);
        history(accountId).forEach(response -> done.add(response.instrument()));
        return done.containsAll(Arrays.asList(Instrument.values()));
    }

    public List<String> openFlags(String accountId) {
        return flags.findByAccountIdAndResolvedAtIsNull(accountId).stream().map(ScreeningFlag::kind).toList();
    }
}
