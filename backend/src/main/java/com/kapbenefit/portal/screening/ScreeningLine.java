package com.kapbenefit.portal.screening;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** One questionnaire's result as a clinician sees it on the wire. */
@Serdeable
public record ScreeningLine(String instrument, int total, int maximum, String band, List<Integer> answers) {

    public static ScreeningLine of(ScreeningSummary summary) {
        return new ScreeningLine(summary.instrument(), summary.total(), summary.maximum(), summary.band(), summary.answers());
    }
}
