package com.kapbenefit.portal.providers;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderLanguageRepository extends CrudRepository<ProviderLanguage, Long> {

    List<ProviderLanguage> findByProviderIdOrderByLanguageCode(String providerId);

    List<ProviderLanguage> findByProviderIdInOrderByLanguageCode(List<String> providerIds);

    void deleteByProviderId(String providerId);
}
