package com.kapbenefit.portal.providers;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface WeeklyWindowRepository extends CrudRepository<WeeklyWindow, Long> {

    List<WeeklyWindow> findByProviderId(String providerId);

    void deleteByProviderId(String providerId);
}
