package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SeatPurchaseRepository extends CrudRepository<SeatPurchase, Long> {

    @Query("SELECT COALESCE(SUM(seats_added), 0) FROM seat_purchase WHERE programme_id = :programmeId AND purchased_at >= :from AND purchased_at < :until")
    long seatsPurchasedBetween(String programmeId, Instant from, Instant until);
}
