package com.kapbenefit.portal.clearance;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ClearanceCaseRepository extends CrudRepository<ClearanceCase, String> {

    Optional<ClearanceCase> findByAccountId(String accountId);

    boolean existsByAccountId(String accountId);

    List<ClearanceCase> findByAccountIdInAndStatus(Collection<String> accountIds, ClearanceStatus status);

    /** Urgent cases first, then the longest waiting. */
    @Query("SELECT * FROM clearance_case WHERE status = 'QUEUED' AND location_state IN (:states) ORDER BY urgent DESC, queued_at ASC")
    List<ClearanceCase> findQueuedIn(Collection<String> states);

    List<ClearanceCase> findByPrescriberIdAndStatusOrderByAcceptedAtAsc(String prescriberId, ClearanceStatus status);

    /** Two prescribers accepting at once: the row changes for exactly one of them. */
    @Query("UPDATE clearance_case SET status = 'IN_REVIEW', prescriber_id = :prescriberId, accepted_at = :now "
            + "WHERE id = :id AND status = 'QUEUED'")
    int acceptIfQueued(String id, String prescriberId, Instant now);

    @Query("UPDATE clearance_case SET status = :outcome, setting = :setting, message_to_member = :message, decided_at = :now "
            + "WHERE id = :id AND status = 'IN_REVIEW' AND prescriber_id = :prescriberId")
    int decide(String id, String prescriberId, ClearanceStatus outcome, @Nullable String setting, @Nullable String message, Instant now);
}
