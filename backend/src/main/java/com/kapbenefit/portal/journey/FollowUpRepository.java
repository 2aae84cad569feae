package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.screening.Timepoint;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface FollowUpRepository extends CrudRepository<FollowUp, String> {

    List<FollowUp> findByAccountIdOrderByDueAt(String accountId);

    Optional<FollowUp> findByAccountIdAndTimepoint(String accountId, Timepoint timepoint);

    List<FollowUp> findByAccountIdInAndTimepoint(Collection<String> accountIds, Timepoint timepoint);

    @Query("SELECT * FROM follow_up WHERE completed_at IS NULL AND due_at <= :now")
    List<FollowUp> findDue(Instant now);

    @Query("UPDATE follow_up SET completed_at = :now WHERE account_id = :accountId AND timepoint = :timepoint AND completed_at IS NULL")
    int complete(String accountId, Timepoint timepoint, Instant now);
}
