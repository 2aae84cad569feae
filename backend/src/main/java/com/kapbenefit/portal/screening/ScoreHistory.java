package com.kapbenefit.portal.screening;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A member's scores over time, for computing aggregates; it carries no identity. */
public record ScoreHistory(@Nullable Instant baselineCompletedAt, Map<Instrument, Map<Timepoint, Score>> scores) {

    public record Score(int total, Instant takenAt) {
    }

    /** The score at a timepoint if it was answered before {@code until}. */
    public Optional<Integer> scoreBefore(Instrument instrument, Timepoint timepoint, Instant until) {
        return Optional.ofNullable(scores.getOrDefault(instrument, Map.of()).get(timepoint))
                .filter(score -> score.takenAt().isBefore(until))
                .map(Score::total);
    }
}
