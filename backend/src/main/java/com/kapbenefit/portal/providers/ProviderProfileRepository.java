package com.kapbenefit.portal.providers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderProfileRepository extends CrudRepository<ProviderProfile, String> {

    Optional<ProviderProfile> findByAccountId(String accountId);

    List<ProviderProfile> findAllOrderByDisplayName();

    List<ProviderProfile> findByIdIn(List<String> ids);

    @Query("SELECT id FROM provider_profile WHERE id = :id FOR UPDATE")
    Optional<String> lockById(String id);
}
