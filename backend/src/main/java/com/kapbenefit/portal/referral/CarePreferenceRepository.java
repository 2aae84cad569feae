package com.kapbenefit.portal.referral;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CarePreferenceRepository extends CrudRepository<CarePreference, String> {

    List<CarePreference> findByAccountIdIn(Collection<String> accountIds);
}
