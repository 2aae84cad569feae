package com.kapbenefit.portal.employer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface HrInvitationRepository extends CrudRepository<HrInvitation, String> {

    Optional<HrInvitation> findByTokenHash(String tokenHash);

    List<HrInvitation> findByEmployerIdOrderByCreatedAtDesc(String employerId);

    /** Only one of two racing acceptances can flip a pending invitation. */
    @Query("UPDATE hr_invitation SET accepted_at = :now WHERE id = :id AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > :now")
    int acceptIfPending(String id, Instant now);

    @Query("UPDATE hr_invitation SET revoked_at = :now WHERE id = :id AND employer_id = :employerId AND accepted_at IS NULL AND revoked_at IS NULL")
    int revokeIfPending(String id, String employerId, Instant now);
}
