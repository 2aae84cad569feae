package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.math.BigDecimal;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PackageHoursEntryRepository extends CrudRepository<PackageHoursEntry, Long> {

    @Query("SELECT COALESCE(SUM(e.hours), 0) FROM package_hours_entry e JOIN seat_reservation r ON r.id = e.reservation_id "
            + "WHERE r.programme_id = :programmeId AND e.recorded_at >= :from AND e.recorded_at < :until")
    BigDecimal hoursBetween(String programmeId, Instant from, Instant until);

    @Query("SELECT COUNT(DISTINCT e.reservation_id) FROM package_hours_entry e JOIN seat_reservation r ON r.id = e.reservation_id "
            + "WHERE r.programme_id = :programmeId AND e.recorded_at >= :from AND e.recorded_at < :until")
    long seatsWithHoursBetween(String programmeId, Instant from, Instant until);

    @Query("SELECT COALESCE(SUM(hours), 0) FROM package_hours_entry WHERE reservation_id = :reservationId")
    BigDecimal hoursOf(String reservationId);
}
