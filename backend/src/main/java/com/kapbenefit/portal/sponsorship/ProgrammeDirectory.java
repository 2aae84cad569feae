package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.CareState;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import java.util.Optional;

/** What other contexts may know of a programme: its name, whether it runs, its package and the states it covers. */
@Singleton
public class ProgrammeDirectory {

    private final ProgrammeRepository programmes;
    private final EligibilityUploadRepository uploads;
    private final SeatPurchaseRepository purchases;
    private final SeatReservationRepository reservations;
    private final PackageHoursEntryRepository hours;

    ProgrammeDirectory(ProgrammeRepository programmes, EligibilityUploadRepository uploads, SeatPurchaseRepository purchases,
                       SeatReservationRepository reservations, PackageHoursEntryRepository hours) {
        this.programmes = programmes;
        this.uploads = uploads;
        this.purchases = purchases;
        this.reservations = reservations;
        this.hours = hours;
    }

    /** Programmes that ever ran, for periodic reporting. */
    public List<String> activatedProgrammeIds() {
        return programmes.findAll().stream().filter(programme -> programme.activatedAt() != null).map(Programme::id).toList();
    }

    public List<String> programmeIdsOf(String employerId) {
        return programmes.findByEmployerIdOrderByCreatedAtDesc(employerId).stream().map(Programme::id).toList();
    }

    public Optional<String> employerOf(String programmeId) {
        return programmes.findById(programmeId).map(Programme::employerId);
    }

    /** The programme's figures as they stood just before {@code until}. */
    public Optional<ProgrammeFigures> figures(String programmeId, Instant until) {
        return programmes.findById(programmeId).map(programme -> {
            long purchased = purchases.seatsPurchasedBetween(programme.id(), Instant.EPOCH, until);
            return new ProgrammeFigures(programme.id(), programme.employerId(), programme.name(), programme.activatedAt(),
                    uploads.countEligible(programme.id()), purchased, reservations.countHeldAt(programme.id(), until),
                    hours.hoursBetween(programme.id(), Instant.EPOCH, until), hours.seatsWithHoursBetween(programme.id(), Instant.EPOCH, until),
                    BigDecimal.valueOf(programme.pricePerSeatCents()).movePointLeft(2).multiply(BigDecimal.valueOf(purchased)),
                    programme.packageHours());
        });
    }

    /** Whose programme it is and what it is called, in one read. */
    public record ProgrammeLabel(String employerId, String name) {
    }

    public Optional<ProgrammeLabel> label(String programmeId) {
        return programmes.findById(programmeId).map(programme -> new ProgrammeLabel(programme.employerId(), programme.name()));
    }

    public Optional<String> name(String programmeId) {
        return programmes.findById(programmeId).map(Programme::name);
    }

    public int packageHours(String programmeId) {
        return programmes.findById(programmeId).map(Programme::packageHours).orElse(0);
    }

    public boolean isActive(String programmeId) {
        return programmes.findById(programmeId).filter(programme -> programme.status() == ProgrammeStatus.ACTIVE).isPresent();
    }

    public boolean covers(String programmeId, CareState state) {
        return programmes.findById(programmeId).filter(programme -> programme.stateSet().contains(state)).isPresent();
    }
}
