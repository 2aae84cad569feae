package com.kapbenefit.portal.providers;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface DayOffRepository extends CrudRepository<DayOff, Long> {

    List<DayOff> findByProviderIdOrderByDay(String providerId);

    List<DayOff> findByProviderIdAndDayBetween(String providerId, LocalDate from, LocalDate to);

    boolean existsByProviderIdAndDay(String providerId, LocalDate day);

    void deleteByProviderIdAndDay(String providerId, LocalDate day);
}
