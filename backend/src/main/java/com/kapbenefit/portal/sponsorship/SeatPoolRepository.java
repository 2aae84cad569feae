package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/**
 * Every change to seat counts is one conditional UPDATE, so concurrent requests on any number of
 * application instances serialise on the row and the CHECK constraint backs the condition.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface SeatPoolRepository extends CrudRepository<SeatPool, String> {

    @Query("UPDATE seat_pool SET seats_used = seats_used + 1 WHERE programme_id = :programmeId AND is_open = TRUE AND seats_used < seats")
    int takeOne(String programmeId);

    @Query("UPDATE seat_pool SET seats_used = seats_used - 1 WHERE programme_id = :programmeId AND seats_used > 0")
    int giveBackOne(String programmeId);

    @Query("UPDATE seat_pool SET seats = seats + :added WHERE programme_id = :programmeId AND :added > 0")
    int addSeats(String programmeId, int added);

    /** Only before anyone can hold a seat (a draft) may the number go down. */
    @Query("UPDATE seat_pool SET seats = :seats WHERE programme_id = :programmeId AND is_open = FALSE AND seats_used = 0")
    int resetDraftSeats(String programmeId, int seats);

    @Query("UPDATE seat_pool SET is_open = :open WHERE programme_id = :programmeId")
    int setOpen(String programmeId, boolean open);
}
