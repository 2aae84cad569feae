package com.kapbenefit.portal.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RefreshTokenRepository extends CrudRepository<RefreshToken, String> {

    Optional<RefreshToken> findByTokenHash(String tokenHash);

    /** Returns 1 for the one request that rotates the token; a concurrent replay gets 0. */
    @Query("UPDATE refresh_token SET revoked_at = :revokedAt WHERE id = :id AND revoked_at IS NULL")
    int revokeIfActive(String id, Instant revokedAt);

    @Query("UPDATE refresh_token SET revoked_at = :revokedAt WHERE family_id = :familyId AND revoked_at IS NULL")
    int revokeFamily(String familyId, Instant revokedAt);
}
