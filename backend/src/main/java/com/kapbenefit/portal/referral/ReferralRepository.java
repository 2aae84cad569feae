package com.kapbenefit.portal.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ReferralRepository extends CrudRepository<Referral, String> {

    Optional<Referral> findByOpenAccountId(String accountId);

    List<Referral> findByAccountIdOrderByOfferedAt(String accountId);

    long countByTherapistIdAndOpenAccountIdIsNotNull(String therapistId);

    List<Referral> findByTherapistIdAndOpenAccountIdIsNotNull(String therapistId);

    @Query("SELECT * FROM referral WHERE therapist_id = :therapistId AND status = :status ORDER BY offered_at, id")
    List<Referral> findByTherapistAndStatus(String therapistId, ReferralStatus status);

    @Query("SELECT * FROM referral WHERE status = 'OFFERED' AND offered_at <= :offeredBefore ORDER BY offered_at")
    List<Referral> findOfferedBefore(Instant offeredBefore);

    @Query("UPDATE referral SET status = 'ACCEPTED', accepted_at = :now WHERE id = :id AND therapist_id = :therapistId AND status = 'OFFERED'")
    int acceptIfOffered(String id, String therapistId, Instant now);

    /** Closes the referral only if it is still open in the expected status, so a racing close or accept wins once. */
    @Query("UPDATE referral SET status = :status, open_account_id = NULL, closed_at = :now, close_reason = :reason, "
            + "close_note = :note WHERE id = :id AND status = :expected")
    int closeIf(String id, ReferralStatus expected, ReferralStatus status, CloseReason reason, @Nullable String note,
                Instant now);
}
