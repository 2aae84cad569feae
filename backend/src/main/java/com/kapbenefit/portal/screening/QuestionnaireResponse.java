package com.kapbenefit.portal.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One completed questionnaire with its item answers (comma-separated, in item order). */
@MappedEntity("questionnaire_response")
record QuestionnaireResponse(@Id String id, String accountId, Instrument instrument, String answers,
                             @Nullable String details, int total, String band, Instant takenAt,
                             Timepoint timepoint) {
}
