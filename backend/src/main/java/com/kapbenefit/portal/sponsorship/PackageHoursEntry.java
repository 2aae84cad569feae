package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.math.BigDecimal;
import java.time.Instant;

/** Package hours consumed against a seat (completed sessions, recorded by the care journey). */
@MappedEntity("package_hours_entry")
record PackageHoursEntry(@Id @GeneratedValue Long id, String reservationId, BigDecimal hours, Instant recordedAt) {
}
