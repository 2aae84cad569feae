package com.kapbenefit.portal.screening;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** One questionnaire's latest result, for the clinician reviewing the case. */
public record ScreeningSummary(String instrument, int total, int maximum, String band, List<Integer> answers,
                               @Nullable String details, List<String> reviewReasons) {
}
