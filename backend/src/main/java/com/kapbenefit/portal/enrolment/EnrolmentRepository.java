package com.kapbenefit.portal.enrolment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EnrolmentRepository extends CrudRepository<Enrolment, String> {

    Optional<Enrolment> findByAccountId(String accountId);

    List<Enrolment> findByProgrammeId(String programmeId);

    List<Enrolment> findByAccountIdIn(Collection<String> accountIds);

    Optional<Enrolment> findByEligibilityEntryId(long eligibilityEntryId);

    @Query("UPDATE enrolment SET location_state = :location WHERE account_id = :accountId")
    int updateLocation(String accountId, Location location);

    @Query("UPDATE enrolment SET status = 'WITHDRAWN', withdrawn_at = :now WHERE account_id = :accountId AND status = 'ENROLLED'")
    int withdraw(String accountId, Instant now);
}
