package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** Seats bought: all of them on activation, then each addition. Statements bill these, never usage. */
@MappedEntity("seat_purchase")
record SeatPurchase(@Id @GeneratedValue Long id, String programmeId, int seatsAdded, Instant purchasedAt) {
}
