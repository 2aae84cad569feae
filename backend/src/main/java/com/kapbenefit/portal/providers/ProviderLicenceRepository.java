package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderLicenceRepository extends CrudRepository<ProviderLicence, String> {

    List<ProviderLicence> findByProviderIdOrderByState(String providerId);

    List<ProviderLicence> findByState(CareState state);

    List<ProviderLicence> findByProviderIdInOrderByState(List<String> providerIds);

    List<ProviderLicence> findByVerifiedAtIsNullAndRejectedAtIsNullOrderByExpiresOn();

    List<ProviderLicence> findByVerifiedAtIsNotNullAndExpiresOnBetweenOrderByExpiresOn(LocalDate from, LocalDate to);

    boolean existsByStateAndLicenceTypeAndLicenceNumber(CareState state, String licenceType, String licenceNumber);
}
