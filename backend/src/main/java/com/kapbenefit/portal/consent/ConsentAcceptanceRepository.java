package com.kapbenefit.portal.consent;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ConsentAcceptanceRepository extends CrudRepository<ConsentAcceptance, Long> {

    Optional<ConsentAcceptance> findFirstByAccountIdAndKindOrderByIdDesc(String accountId, ConsentKind kind);

    @Query("UPDATE consent_acceptance SET revoked_at = :now WHERE account_id = :accountId AND kind = :kind AND revoked_at IS NULL")
    int revoke(String accountId, ConsentKind kind, Instant now);
}
