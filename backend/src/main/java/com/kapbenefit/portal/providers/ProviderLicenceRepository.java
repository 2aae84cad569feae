package com.kapbenefit.portal.providers;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderLicenceRepository extends CrudRepository<ProviderLicence, String> {

    List<ProviderLicence> findByProviderIdOrderByState(String providerId);

    List<ProviderLicence> findByProviderIdInOrderByState(List<String> providerIds);
}
