package com.kapbenefit.portal.vault;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface VaultReadRepository extends CrudRepository<VaultRead, Long> {

    List<VaultRead> findByAccountIdOrderByIdDesc(String accountId);
}
