package com.kapbenefit.portal.providers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.LocalDate;

@MappedEntity("provider_day_off")
record DayOff(@Id @GeneratedValue Long id, String providerId, LocalDate offOn, @Nullable String note) {
}
