package com.kapbenefit.portal.clearance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("clearance_case")
record ClearanceCase(@Id String id, String accountId, String locationState, boolean urgent, ClearanceStatus status,
                     @Nullable String prescriberId, @Nullable Setting setting, @Nullable String messageToMember,
                     Instant queuedAt, @Nullable Instant acceptedAt, @Nullable Instant decidedAt) {
}
