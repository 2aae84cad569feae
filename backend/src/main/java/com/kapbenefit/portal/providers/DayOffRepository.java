package com.kapbenefit.portal.providers;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DayOffRepository extends CrudRepository<DayOff, Long> {

    List<DayOff> findByProviderIdOrderByOffOn(String providerId);

    List<DayOff> findByProviderIdAndOffOnBetween(String providerId, LocalDate from, LocalDate to);

    boolean existsByProviderIdAndOffOn(String providerId, LocalDate day);

    void deleteByProviderIdAndOffOn(String providerId, LocalDate day);
}
