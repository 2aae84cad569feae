package com.kapbenefit.portal.providers;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly stretch of availability, in the provider's own time zone. */
@MappedEntity("provider_weekly_window")
record WeeklyWindow(@Id @GeneratedValue Long id, String providerId, DayOfWeek dayOfWeek, LocalTime startsAt, LocalTime endsAt) {
}
