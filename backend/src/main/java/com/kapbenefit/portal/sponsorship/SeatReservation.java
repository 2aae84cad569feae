package com.kapbenefit.portal.sponsorship;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One seat held by one enrolment (an opaque reference, never a person's identity). */
@MappedEntity("seat_reservation")
record SeatReservation(@Id String id, String programmeId, String holderRef, Instant reservedAt, @Nullable Instant releasedAt) {
}
