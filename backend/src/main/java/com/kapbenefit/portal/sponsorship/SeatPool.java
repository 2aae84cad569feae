package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

@MappedEntity("seat_pool")
record SeatPool(@Id String programmeId, int seats, int seatsUsed, @MappedProperty("is_open") boolean open) {
}
