package com.kapbenefit.portal.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SignInFailureRepository extends CrudRepository<SignInFailure, Long> {

    long countBySignInKeyAndFailedAtAfter(String signInKey, Instant after);

    Optional<Instant> findMinFailedAtBySignInKeyAndFailedAtAfter(String signInKey, Instant after);

    void deleteBySignInKey(String signInKey);

    void deleteByFailedAtBefore(Instant before);
}
