package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.screening.Timepoint;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("follow_up")
record FollowUp(@Id String id, String accountId, Timepoint timepoint, Instant dueAt, @Nullable Instant completedAt) {
}
