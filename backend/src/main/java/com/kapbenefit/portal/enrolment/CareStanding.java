package com.kapbenefit.portal.enrolment;

import io.micronaut.core.annotation.Nullable;

/** A member's enrolment as care routing sees it: whether it is active, the programme and seat behind it, and where they are. */
public record CareStanding(boolean enrolled, String programmeId, String seatReservationId, Location location,
                           @Nullable String ageBand) {
}
