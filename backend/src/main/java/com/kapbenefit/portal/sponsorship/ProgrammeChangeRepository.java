package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProgrammeChangeRepository extends CrudRepository<ProgrammeChange, Long> {

    List<ProgrammeChange> findByProgrammeIdOrderByIdDesc(String programmeId);
}
