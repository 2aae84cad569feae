package com.kapbenefit.portal.sponsorship;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * The seat ledger's service API for enrolment and the care journey. A seat is taken by one
 * conditional UPDATE on the programme's pool row, so two requests racing for the last seat
 * both get an answer and exactly one gets the seat, on any number of application instances.
 */
@Singleton
public class SeatLedger {

    private final SeatPoolRepository pools;
    private final SeatReservationRepository reservations;
    private final PackageHoursEntryRepository hours;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    SeatLedger(SeatPoolRepository pools, SeatReservationRepository reservations, PackageHoursEntryRepository hours,
               TransactionOperations<Connection> transactions, Clock clock) {
        this.pools = pools;
        this.transactions = transactions;
        this.reservations = reservations;
        this.hours = hours;
        this.clock = clock;
    }

    /**
     * Reserves one seat of an active programme for an enrolment. Repeating the call for the same
     * holder returns the same reservation; when no seat is left the answer is empty and nothing changed.
     */
    public Optional<String> reserve(String programmeId, String holderRef) {
        try {
            return transactions.executeWrite(status -> takeSeat(programmeId, holderRef));
        } catch (DataAccessException duplicateHolder) {
            // A concurrent call for the same holder won; its reservation is the answer (the loser rolled back).
            return reservations.findByProgrammeIdAndHolderRef(programmeId, holderRef)
                    .filter(reservation -> reservation.releasedAt() == null)
                    .map(SeatReservation::id);
        }
    }

    /** Gives a seat back (an enrolment withdrawn before any session). Releasing twice changes nothing. */
    @Transactional
    public boolean release(String reservationId) {
        Optional<SeatReservation> reservation = reservations.findById(reservationId);
        if (reservation.isEmpty() || reservations.releaseIfHeld(reservationId, now()) == 0) {
            return false;
        }
        pools.giveBackOne(reservation.get().programmeId());
        return true;
    }

    /** Records package hours consumed by a completed session against the seat. */
    public void recordHours(String reservationId, BigDecimal consumed) {
        if (consumed.signum() <= 0) {
            throw new IllegalArgumentException("Consumed hours must be positive");
        }
        hours.save(new PackageHoursEntry(null, reservationId, consumed, now()));
    }

    public boolean isHeld(String reservationId) {
        return reservations.findById(reservationId).filter(reservation -> reservation.releasedAt() == null).isPresent();
    }

    public BigDecimal hoursConsumed(String reservationId) {
        return hours.hoursOf(reservationId);
    }

    private Optional<String> takeSeat(String programmeId, String holderRef) {
        Optional<SeatReservation> existing = reservations.findByProgrammeIdAndHolderRef(programmeId, holderRef);
        if (existing.isPresent() && existing.get().releasedAt() == null) {
            return Optional.of(existing.get().id());
        }
        if (pools.takeOne(programmeId) == 0) {
            return Optional.empty();
        }
        Instant now = now();
        if (existing.isPresent()) {
            if (reservations.retakeIfReleased(existing.get().id(), now) == 0) {
                throw new DataAccessException("The reservation was retaken concurrently");
            }
            return Optional.of(existing.get().id());
        }
        SeatReservation reservation = new SeatReservation(UUID.randomUUID().toString(), programmeId, holderRef, now, null);
        reservations.save(reservation);
        return Optional.of(reservation.id());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
