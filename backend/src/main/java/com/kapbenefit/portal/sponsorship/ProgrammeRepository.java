package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgrammeRepository extends CrudRepository<Programme, String> {

    Optional<Programme> findByIdAndEmployerId(String id, String employerId);

    List<Programme> findByEmployerIdOrderByCreatedAtDesc(String employerId);

    boolean existsByEnrolmentCode(String enrolmentCode);

    Optional<Programme> findByEnrolmentCode(String enrolmentCode);
}
