package com.kapbenefit.portal.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

final class ScreeningViews {

    private ScreeningViews() {
    }

    @Serdeable
    record ResponseRequest(@NotNull Instrument instrument, @NotEmpty @Size(max = 20) List<@NotNull Integer> answers,
                           @Nullable @Size(max = 1000) String details, @Nullable Timepoint timepoint) {
    }

    @Serdeable
    record Recorded(Instrument instrument, int total, String band, int maximum, Instant takenAt, boolean crisis,
                    boolean flaggedForReview, List<String> reasons) {
    }

    @Serdeable
    record Result(Instrument instrument, int total, String band, int maximum, Instant takenAt) {
    }

    @Serdeable
    record HistoryPoint(Timepoint timepoint, Instrument instrument, int total, int maximum, String band, Instant takenAt) {
    }

    @Serdeable
    record MyScreening(List<Instrument> completed, List<Result> results) {
    }
}
