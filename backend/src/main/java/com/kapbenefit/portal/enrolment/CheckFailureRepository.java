package com.kapbenefit.portal.enrolment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CheckFailureRepository extends CrudRepository<CheckFailure, Long> {

    long countByClientKeyAndFailedAtAfter(String clientKey, Instant after);

    void deleteByFailedAtBefore(Instant before);
}
