package com.kapbenefit.portal.employer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmployerRepository extends CrudRepository<Employer, String> {

    List<Employer> findAllOrderByDisplayName();
}
