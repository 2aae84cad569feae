package com.kapbenefit.portal.sponsorship;

import io.micronaut.core.annotation.Nullable;

import java.math.BigDecimal;
import java.time.Instant;

/** A programme's own figures up to an instant: what the employer bought and how much of it was used, never by whom. */
public record ProgrammeFigures(String programmeId, String employerId, String name, @Nullable Instant activatedAt, long eligible,
                               long seatsPurchased, long seatsHeld, BigDecimal hoursUsed, long seatsWithHours,
                               BigDecimal spendUsd, int packageHours) {
}
