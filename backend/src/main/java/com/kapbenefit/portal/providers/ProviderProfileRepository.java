package com.kapbenefit.portal.providers;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderProfileRepository extends CrudRepository<ProviderProfile, String> {

    Optional<ProviderProfile> findByAccountId(String accountId);

    List<ProviderProfile> findAllOrderByDisplayName();
}
