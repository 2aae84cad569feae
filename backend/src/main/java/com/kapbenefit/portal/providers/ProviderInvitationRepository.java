package com.kapbenefit.portal.providers;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ProviderInvitationRepository extends CrudRepository<ProviderInvitation, String> {

    Optional<ProviderInvitation> findByTokenHash(String tokenHash);

    List<ProviderInvitation> findAllOrderByCreatedAtDesc();

    /** Only one of two racing acceptances can flip a pending invitation. */
    @Query("UPDATE provider_invitation SET accepted_at = :now WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now")
    int acceptIfPending(String id, Instant now);

    @Query("UPDATE provider_invitation SET revoked_at = :now WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL")
    int revokeIfPending(String id, Instant now);
}
