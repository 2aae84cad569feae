package com.kapbenefit.portal.screening;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A case a clinician must review: URGENT_SELF_HARM first of all, or PRESCRIBER_REVIEW with the reasons. */
@MappedEntity("screening_flag")
record ScreeningFlag(@Id @GeneratedValue Long id, String accountId, String kind, String reasons, Instant raisedAt,
                     @Nullable Instant resolvedAt) {
}
