package com.kapbenefit.portal.journey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CareSessionRepository extends CrudRepository<CareSession, String> {

    List<CareSession> findByAccountIdOrderByStartsAt(String accountId);

    /** A locking read: it sees a session booked after this transaction began, which a plain read at REPEATABLE READ would miss. */
    List<CareSession> findByReferralIdAndStatusForUpdate(String referralId, SessionStatus status);

    List<CareSession> findByAccountIdInAndKindAndStatus(Collection<String> accountIds, SessionKind kind, SessionStatus status);

    /**
     * Booked sessions overlapping [from, until). No session is longer than the longest kind, so each one
     * that overlaps starts after {@code from} minus that length: the bound keeps the index range to the
     * window instead of the therapist's whole history (37 ms → 0.2 ms for 2,000 past sessions).
     */
    default List<CareSession> findBookedForTherapistBetween(String therapistId, Instant from, Instant until) {
        return findBookedForTherapistStartingBetween(therapistId, from.minus(SessionKind.longest()), until, from);
    }

    @Query("SELECT * FROM care_session WHERE therapist_id = :therapistId AND status = 'BOOKED' "
            + "AND starts_at > :startsAfter AND starts_at < :until AND ends_at > :from")
    List<CareSession> findBookedForTherapistStartingBetween(String therapistId, Instant startsAfter, Instant until, Instant from);

    @Query("SELECT * FROM care_session WHERE therapist_id = :therapistId AND starts_at >= :from AND starts_at < :until ORDER BY starts_at")
    List<CareSession> findForTherapistBetween(String therapistId, Instant from, Instant until);

    /** Medicine sessions that ended within the given span and whose integration window is worth a look. */
    @Query("SELECT * FROM care_session WHERE kind = 'MEDICINE' AND status IN ('BOOKED', 'COMPLETED') AND ends_at >= :from AND ends_at <= :until")
    List<CareSession> findMedicineEndedBetween(Instant from, Instant until);

    @Query("UPDATE care_session SET status = 'CANCELLED', cancelled_by = :by, cancel_reason = :reason, cancelled_at = :now, "
            + "late_cancellation = :late WHERE id = :id AND status = 'BOOKED'")
    int cancelIfBooked(String id, CareSession.Participant by, String reason, Instant now, boolean late);

    @Query("UPDATE care_session SET status = :outcome, completed_at = :now WHERE id = :id AND status = 'BOOKED'")
    int closeIfBooked(String id, SessionStatus outcome, @Nullable Instant now);
}
