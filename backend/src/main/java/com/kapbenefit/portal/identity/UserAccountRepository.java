package com.kapbenefit.portal.identity;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserAccountRepository extends CrudRepository<UserAccount, String> {

    Optional<UserAccount> findBySignInKey(String signInKey);

    boolean existsBySignInKey(String signInKey);

    List<UserAccount> findByIdIn(Collection<String> ids);

    List<UserAccount> findByEmployerIdAndRoleOrderByDisplayName(String employerId, Role role);

    long countByEmployerIdAndRoleAndStatus(String employerId, Role role, AccountStatus status);
}
