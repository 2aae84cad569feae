package com.kapbenefit.portal.enrolment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("enrolment")
record Enrolment(@Id String id, String accountId, String programmeId, long eligibilityEntryId, String seatReservationId,
                 Location locationState, EnrolmentStatus status, Instant enrolledAt, @Nullable Instant withdrawnAt,
                 @Nullable String ageBand) {
}
