package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SeatReservationRepository extends CrudRepository<SeatReservation, String> {

    Optional<SeatReservation> findByProgrammeIdAndHolderRef(String programmeId, String holderRef);

    @Query("UPDATE seat_reservation SET released_at = :now WHERE id = :id AND released_at IS NULL")
    int releaseIfHeld(String id, Instant now);

    @Query("UPDATE seat_reservation SET released_at = NULL, reserved_at = :now WHERE id = :id AND released_at IS NOT NULL")
    int retakeIfReleased(String id, Instant now);

    @Query("SELECT COUNT(*) FROM seat_reservation WHERE programme_id = :programmeId AND reserved_at < :at AND (released_at IS NULL OR released_at >= :at)")
    long countHeldAt(String programmeId, Instant at);
}
